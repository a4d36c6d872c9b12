-- Sort keys for the tables that page from the file: a table of a million rows shows its first rows and
-- reorders on a click of a column header by reading these indexes, never by sorting the table.
-- cs_key(text) is the text's Czech primary sort key (a function the application registers on every
-- connection: writing these columns from another SQLite tool fails with "no such function: cs_key").
-- Dates sort after an ifnull so that records without a date come last.
CREATE INDEX event_title_key ON event(cs_key(title));
CREATE INDEX event_start_key ON event(ifnull(start_date, '~'));
CREATE INDEX report_title_key ON report(cs_key(title));
CREATE INDEX person_name_key ON person(cs_key(family_name || ' ' || given_name));
CREATE INDEX organisation_name_key ON organisation(cs_key(name));
CREATE INDEX statement_text_key ON statement(cs_key(text));
CREATE INDEX statement_date_key ON statement(ifnull(statement_date, '~'));
CREATE INDEX statement_kind_key ON statement(kind);
CREATE INDEX commitment_text_key ON commitment(cs_key(text));
