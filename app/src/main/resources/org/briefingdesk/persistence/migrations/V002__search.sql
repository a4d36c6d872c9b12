-- Version 2: one full-text index over every record kind (FTS5, unicode61 without diacritics).
-- Exact forms (title ... events) and Czech stems (*_s) are separate columns, so that bm25 weights
-- rank exact matches above stemmed ones, and field filters search only their own columns.
-- Contentless: the text lives in the record tables; search_meta maps FTS rows to records.

CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, people, countries, topics, events,
    title_s, body_s, people_s, countries_s, topics_s, events_s,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE search_meta (
    rowid      INTEGER PRIMARY KEY,
    record_id  TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL,
    title      TEXT NOT NULL,
    date_from  TEXT,
    date_to    TEXT,
    updated_at TEXT
);
CREATE INDEX search_meta_kind ON search_meta(kind, date_from);
