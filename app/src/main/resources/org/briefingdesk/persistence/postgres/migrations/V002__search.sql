-- Version 2: full-text search. The words are folded and stemmed by the application (the same
-- functions as the SQLite index); the 'briefing_desk' configuration (simple, after unaccent) turns
-- them into tsvectors, and folds what plain SQL asks with the same configuration.
-- Exact forms and stems are separate vectors, weighted like the SQLite index's bm25 columns:
-- A titles, B names (and stemmed titles), C countries, topics and events, D bodies and the other stems.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION briefing_desk (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION briefing_desk ALTER MAPPING FOR asciiword, word, numword, asciihword, hword,
    numhword, hword_asciipart, hword_part, hword_numpart WITH unaccent, simple;

CREATE TABLE search_document (
    record_id       uuid PRIMARY KEY,
    kind            text NOT NULL,
    title           text NOT NULL,
    sensitivity     text NOT NULL CHECK (sensitivity IN ('PUBLIC','INTERNAL','SENSITIVE')),
    date_from       date,
    date_to         date,
    updated_at      timestamptz,
    exact           tsvector NOT NULL,
    stems           tsvector NOT NULL,
    people_exact    tsvector NOT NULL,
    people_stems    tsvector NOT NULL,
    countries_exact tsvector NOT NULL,
    countries_stems tsvector NOT NULL,
    topics_exact    tsvector NOT NULL,
    topics_stems    tsvector NOT NULL,
    events_exact    tsvector NOT NULL,
    events_stems    tsvector NOT NULL
);
CREATE INDEX search_document_exact ON search_document USING gin (exact);
CREATE INDEX search_document_stems ON search_document USING gin (stems);
CREATE INDEX search_document_people ON search_document USING gin (people_exact, people_stems);
CREATE INDEX search_document_countries ON search_document USING gin (countries_exact, countries_stems);
CREATE INDEX search_document_topics ON search_document USING gin (topics_exact, topics_stems);
CREATE INDEX search_document_events ON search_document USING gin (events_exact, events_stems);
CREATE INDEX search_document_kind ON search_document(kind, date_from);

ALTER TABLE search_document ENABLE ROW LEVEL SECURITY;
CREATE POLICY clearance ON search_document
    USING (desk_sensitivity_rank(sensitivity) <= (SELECT desk_clearance_rank()));
