-- Version 5: a record's topic names in the search index include the topics above its own (as in the file's
-- version 5). The index is emptied here; `server init` rebuilds it from the records right after migrating.
DELETE FROM search_document;
