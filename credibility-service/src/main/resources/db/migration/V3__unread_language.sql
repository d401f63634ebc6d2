-- An article in a language the attribution rules do not read (flag LANGUAGE_NOT_READ) has no scores: NULL, not 0,
-- so that a publisher's mean is over the articles that were read.
ALTER TABLE assessment ALTER COLUMN credibility_score DROP NOT NULL;
ALTER TABLE assessment ALTER COLUMN attribution_score DROP NOT NULL;
