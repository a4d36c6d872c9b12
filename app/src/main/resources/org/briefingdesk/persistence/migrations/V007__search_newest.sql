-- Version 7: the search index's row ids order the records newest first (their date, then their last change),
-- with the kind in the lowest bits, so that a common word ranks only its newest matches, read in the index's
-- own order. The index is emptied here and rebuilt from the records when the file is next opened for writing.
INSERT INTO search_fts(search_fts) VALUES ('delete-all');
DELETE FROM search_meta;
