-- The analysis an article's fingerprints and anchors were computed with (AnalysedArticle.VERSION). Rows from before
-- this column were analysed with version 1; AnalysisRefresh analyses them again from their body at start-up.
ALTER TABLE article ADD COLUMN analysis_version INT NOT NULL DEFAULT 1;
