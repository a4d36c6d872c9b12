-- Version 5: a record's topic names in the search index include the topics above its own, so that a
-- topic filter finds what is tagged with a subtopic. The index is emptied here and rebuilt from the
-- records when the file is next opened for writing.
INSERT INTO search_fts(search_fts) VALUES ('delete-all');
DELETE FROM search_meta;
