-- Briefing Desk schema, version 1: every record kind of PRODUCT.md.
-- Ids are UUID strings; dates ISO-8601 text (YYYY-MM-DD); times ISO-8601 instants (UTC).
-- Every record table carries sensitivity, sources (JSON array of {title,url}) and its audit columns.

CREATE TABLE country (
    code    TEXT PRIMARY KEY CHECK (length(code) = 2),
    name_cs TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE organisation (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    abbreviation TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL CHECK (kind IN ('MINISTRY','GOVERNMENT','AGENCY','INTERNATIONAL_ORGANISATION','PARTY','NGO','OTHER')),
    country_code TEXT REFERENCES country(code),
    notes        TEXT NOT NULL DEFAULT '',
    sensitivity  TEXT NOT NULL CHECK (sensitivity IN ('PUBLIC','INTERNAL','SENSITIVE')),
    sources      TEXT NOT NULL DEFAULT '[]',
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL
);

CREATE TABLE person (
    id           TEXT PRIMARY KEY,
    honorific    TEXT NOT NULL DEFAULT '',
    given_name   TEXT NOT NULL DEFAULT '',
    family_name  TEXT NOT NULL DEFAULT '',
    country_code TEXT REFERENCES country(code),
    notes        TEXT NOT NULL DEFAULT '',
    sensitivity  TEXT NOT NULL CHECK (sensitivity IN ('PUBLIC','INTERNAL','SENSITIVE')),
    sources      TEXT NOT NULL DEFAULT '[]',
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    CHECK (length(trim(given_name || family_name)) > 0)
);

CREATE TABLE person_alias (
    person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    alias     TEXT NOT NULL CHECK (length(trim(alias)) > 0),
    PRIMARY KEY (person_id, position)
);

CREATE TABLE person_role (
    person_id       TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    title           TEXT NOT NULL,
    organisation_id TEXT REFERENCES organisation(id) ON DELETE SET NULL,
    from_date       TEXT,
    to_date         TEXT,
    PRIMARY KEY (person_id, position),
    CHECK (from_date IS NULL OR to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX person_role_organisation ON person_role(organisation_id);

CREATE TABLE topic (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_en     TEXT NOT NULL DEFAULT '',
    parent_id   TEXT REFERENCES topic(id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT '',
    sensitivity TEXT NOT NULL CHECK (sensitivity IN ('PUBLIC','INTERNAL','SENSITIVE')),
    sources     TEXT NOT NULL DEFAULT '[]',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX topic_parent ON topic(parent_id);

CREATE TABLE event (
    id                      TEXT PRIMARY KEY,
    kind                    TEXT NOT NULL CHECK (kind IN ('SUMMIT','CONFERENCE','BILATERAL_MEETING','MULTILATERAL_MEETING','VISIT','CALL','OTHER')),
    title                   TEXT NOT NULL CHECK (length(trim(title)) > 0),
    start_date              TEXT,
    end_date                TEXT,
    city                    TEXT NOT NULL DEFAULT '',
    country_code            TEXT REFERENCES country(code),
    organiser_id            TEXT REFERENCES organisation(id) ON DELETE SET NULL,
    participating_countries INTEGER CHECK (participating_countries IS NULL OR participating_countries >= 0),
    summary                 TEXT NOT NULL DEFAULT '',
    parent_id               TEXT REFERENCES event(id) ON DELETE SET NULL,
    notes                   TEXT NOT NULL DEFAULT '',
    sensitivity             TEXT NOT NULL CHECK (sensitivity IN ('PUBLIC','INTERNAL','SENSITIVE')),
    sources                 TEXT NOT NULL DEFAULT '[]',
    created_at              TEXT NOT NULL,
    created_by              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    updated_by              TEXT NOT NULL,
    CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX event_parent ON event(parent_id);
CREATE INDEX event_start ON event(start_date);

CREATE TABLE participation (
    event_id                   TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    person_id                  TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    position                   INTEGER NOT NULL,
    role                       TEXT NOT NULL CHECK (role IN ('HOST','HEAD_OF_DELEGATION','SPEAKER','PARTICIPANT','ACCOMPANYING')),
    on_behalf_of_organisation  TEXT REFERENCES organisation(id) ON DELETE SET NULL,
    on_behalf_of_country       TEXT REFERENCES country(code),
    PRIMARY KEY (event_id, person_id)
);
CREATE INDEX participation_person ON participation(person_id);

CREATE TABLE event_topic (
    event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    topic_id TEXT NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (event_id, topic_id)
);
CREATE INDEX event_topic_topic ON event_topic(topic_id);

CREATE TABLE report (
    id          TEXT PRIMARY KEY,
    event_id    TEXT REFERENCES event(id) ON DELETE SET NULL,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    author      TEXT NOT NULL DEFAULT '',
    report_date TEXT,
    body        TEXT NOT NULL DEFAULT '',
    outcomes    TEXT NOT NULL DEFAULT '',
    sensitivity TEXT NOT NULL CHECK (sensitivity IN ('PUBLIC','INTERNAL','SENSITIVE')),
    sources     TEXT NOT NULL DEFAULT '[]',
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL
);
CREATE INDEX report_event ON report(event_id);

CREATE TABLE report_follow_up (
    report_id TEXT NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    action    TEXT NOT NULL CHECK (length(trim(action)) > 0),
    due_date  TEXT,
    done      INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    PRIMARY KEY (report_id, position)
);

CREATE TABLE report_topic (
    report_id TEXT NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    topic_id  TEXT NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    PRIMARY KEY (report_id, topic_id)
);
CREATE INDEX report_topic_topic ON report_topic(topic_id);

CREATE TABLE statement (
    id             TEXT PRIMARY KEY,
    speaker_id     TEXT NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
    statement_date TEXT,
    event_id       TEXT REFERENCES event(id) ON DELETE SET NULL,
    text           TEXT NOT NULL CHECK (length(trim(text)) > 0),
    language       TEXT NOT NULL DEFAULT 'cs',
    translation    TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL CHECK (kind IN ('VERBATIM_QUOTE','PARAPHRASE','POSITION')),
    sensitivity    TEXT NOT NULL CHECK (sensitivity IN ('PUBLIC','INTERNAL','SENSITIVE')),
    sources        TEXT NOT NULL DEFAULT '[]',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL
);
CREATE INDEX statement_speaker ON statement(speaker_id);
CREATE INDEX statement_event ON statement(event_id);

CREATE TABLE statement_topic (
    statement_id TEXT NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    topic_id     TEXT NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    PRIMARY KEY (statement_id, topic_id)
);
CREATE INDEX statement_topic_topic ON statement_topic(topic_id);

CREATE TABLE commitment (
    id           TEXT PRIMARY KEY,
    statement_id TEXT REFERENCES statement(id) ON DELETE SET NULL,
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    status       TEXT NOT NULL CHECK (status IN ('OPEN','IN_PROGRESS','FULFILLED','PARTLY_FULFILLED','BROKEN','NOT_PURSUED')),
    due_date     TEXT,
    sensitivity  TEXT NOT NULL CHECK (sensitivity IN ('PUBLIC','INTERNAL','SENSITIVE')),
    sources      TEXT NOT NULL DEFAULT '[]',
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL
);
CREATE INDEX commitment_statement ON commitment(statement_id);

CREATE TABLE commitment_status (
    commitment_id TEXT NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    change_date   TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('OPEN','IN_PROGRESS','FULFILLED','PARTLY_FULFILLED','BROKEN','NOT_PURSUED')),
    note          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (commitment_id, position)
);

CREATE TABLE commitment_topic (
    commitment_id TEXT NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
    topic_id      TEXT NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    PRIMARY KEY (commitment_id, topic_id)
);
CREATE INDEX commitment_topic_topic ON commitment_topic(topic_id);

-- Written in the same transaction as every insert, update and delete of a record.
CREATE TABLE change_log (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    record_id      TEXT NOT NULL,
    record_kind    TEXT NOT NULL,
    action         TEXT NOT NULL CHECK (action IN ('CREATE','UPDATE','DELETE')),
    changed_at     TEXT NOT NULL,
    changed_by     TEXT NOT NULL,
    changed_fields TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX change_log_record ON change_log(record_id, id);
