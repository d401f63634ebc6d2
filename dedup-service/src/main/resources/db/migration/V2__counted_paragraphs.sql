-- The paragraph hashes an article counted towards its publisher's boilerplate (publisher_paragraph), so that a
-- delete takes back exactly those: an article repeating an earlier version of its story by the same publisher does
-- not count the repeated paragraphs (Boilerplate.paragraphsToCount). NULL for articles indexed before this column,
-- which counted all their paragraphs.
ALTER TABLE article ADD COLUMN counted_paragraphs BIGINT[];
