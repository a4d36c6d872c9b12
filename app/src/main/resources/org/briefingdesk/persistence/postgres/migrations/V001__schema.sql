-- Briefing Desk schema on a team server, version 1: the same tables as the SQLite file's version 1,
-- in PostgreSQL's own types, with the clearance of each role enforced by row-level security.
-- Run by the administrator (the owner of the tables, who sees every row).

CREATE TABLE briefing_desk_schema (
    application text PRIMARY KEY CHECK (application = 'briefing-desk'),
    version     integer NOT NULL
);

CREATE TABLE country (
    code    text PRIMARY KEY CHECK (length(code) = 2),
    name_cs text NOT NULL,
    name_en text NOT NULL
);

CREATE TABLE organisation (
    id           uuid PRIMARY KEY,
    name         text NOT NULL CHECK (length(trim(name)) > 0),
    abbreviation text NOT NULL DEFAULT '',
    kind         text NOT NULL CHECK (kind IN ('MINISTRY','GOVERNMENT','AGENCY','INTERNATIONAL_ORGANISATION','PARTY','NGO','OTHER')),
    country_code text REFERENCES country(code),
    notes        text NOT NULL DEFAULT '',
    sensitivity  text NOT NULL CHECK (sensitivity IN ('PUBLIC','INTERNAL','SENSITIVE')),
    sources      jsonb NOT NULL DEFAULT '[]',
    created_at   timestamptz NOT NULL,
    created_by   text NOT NULL,
    updated_at   timestamptz NOT NULL,
    updated_by   text NOT NULL
);

CREATE TABLE person (
    id           uuid PRIMARY KEY,
    honorific    text NOT NULL DEFAULT '',
    given_name   text NOT NULL DEFAULT '',
    family_name  text NOT NULL DEFAULT '',
    country_code text REFERENCES country(code),
    notes        text NOT NULL DEFAULT '',
    sensitivity  text NOT NULL CHECK (sensitivity IN ('PUBLIC','INTERNAL','SENSITIVE')),
    sources      jsonb NOT NULL DEFAULT '[]',
    created_at   timestamptz NOT NULL,
    created_by   text NOT NULL,
    updated_at   timestamptz NOT NULL,
    updated_by   text NOT NULL,
    CHECK (length(trim(given_name || family_name)) > 0)
);

CREATE TABLE person_alias (
    person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    position  integer NOT NULL,
    alias     text NOT NULL CHECK (length(trim(alias)) > 0),
    PRIMARY KEY (person_id, position)
);

CREATE TABLE person_role (
    person_id       uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    position        integer NOT NULL,
    title           text NOT NULL,
    organisation_id uuid REFERENCES organisation(id) ON DELETE SET NULL,
    from_date       date,
    to_date         date,
    PRIMARY KEY (person_id, position),
    CHECK (from_date IS NULL OR to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX person_role_organisation ON person_role(organisation_id);

CREATE TABLE topic (
    id          uuid PRIMARY KEY,
    name        text NOT NULL CHECK (length(trim(name)) > 0),
    name_en     text NOT NULL DEFAULT '',
    parent_id   uuid REFERENCES topic(id) ON DELETE SET NULL,
    description text NOT NULL DEFAULT '',
    sensitivity text NOT NULL CHECK (sensitivity IN ('PUBLIC','INTERNAL','SENSITIVE')),
    sources     jsonb NOT NULL DEFAULT '[]',
    created_at  timestamptz NOT NULL,
    created_by  text NOT NULL,
    updated_at  timestamptz NOT NULL,
    updated_by  text NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX topic_parent ON topic(parent_id);

CREATE TABLE event (
    id                      uuid PRIMARY KEY,
    kind                    text NOT NULL CHECK (kind IN ('SUMMIT','CONFERENCE','BILATERAL_MEETING','MULTILATERAL_MEETING','VISIT','CALL','OTHER')),
    title                   text NOT NULL CHECK (length(trim(title)) > 0),
    start_date              date,
    end_date                date,
    city                    text NOT NULL DEFAULT '',
    country_code            text REFERENCES country(code),
    organiser_id            uuid REFERENCES organisation(id) ON DELETE SET NULL,
    participating_countries integer CHECK (participating_countries IS NULL OR participating_countries >= 0),
    summary                 text NOT NULL DEFAULT '',
    parent_id               uuid REFERENCES event(id) ON DELETE SET NULL,
    notes                   text NOT NULL DEFAULT '',
    sensitivity             text NOT NULL CHECK (sensitivity IN ('PUBLIC','INTERNAL','SENSITIVE')),
    sources                 jsonb NOT NULL DEFAULT '[]',
    created_at              timestamptz NOT NULL,
    created_by              text NOT NULL,
    updated_at              timestamptz NOT NULL,
    updated_by              text NOT NULL,
    CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX event_parent ON event(parent_id);
CREATE INDEX event_start ON event(start_date);
CREATE INDEX event_organiser ON event(organiser_id);

CREATE TABLE participation (
    event_id                   uuid NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    person_id                  uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    position                   integer NOT NULL,
    role                       text NOT NULL CHECK (role IN ('HOST','HEAD_OF_DELEGATION','SPEAKER','PARTICIPANT','ACCOMPANYING')),
    on_behalf_of_organisation  uuid REFERENCES organisation(id) ON DELETE SET NULL,
    on_behalf_of_country       text REFERENCES country(code),
    PRIMARY KEY (event_id, person_id)
);
CREATE INDEX participation_person ON participation(person_id);

CREATE TABLE event_topic (
    event_id uuid NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    topic_id uuid NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    position integer NOT NULL,
    PRIMARY KEY (event_id, topic_id)
);
CREATE INDEX event_topic_topic ON event_topic(topic_id);

CREATE TABLE report (
    id          uuid PRIMARY KEY,
    event_id    uuid REFERENCES event(id) ON DELETE SET NULL,
    title       text NOT NULL CHECK (length(trim(title)) > 0),
    author      text NOT NULL DEFAULT '',
    report_date date,
    body        text NOT NULL DEFAULT '',
    outcomes    text NOT NULL DEFAULT '',
    sensitivity text NOT NULL CHECK (sensitivity IN ('PUBLIC','INTERNAL','SENSITIVE')),
    sources     jsonb NOT NULL DEFAULT '[]',
    created_at  timestamptz NOT NULL,
    created_by  text NOT NULL,
    updated_at  timestamptz NOT NULL,
    updated_by  text NOT NULL
);
CREATE INDEX report_event ON report(event_id);

CREATE TABLE report_follow_up (
    report_id uuid NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    position  integer NOT NULL,
    action    text NOT NULL CHECK (length(trim(action)) > 0),
    due_date  date,
    done      boolean NOT NULL DEFAULT false,
    PRIMARY KEY (report_id, position)
);

CREATE TABLE report_topic (
    report_id uuid NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    topic_id  uuid NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    position  integer NOT NULL,
    PRIMARY KEY (report_id, topic_id)
);
CREATE INDEX report_topic_topic ON report_topic(topic_id);

CREATE TABLE statement (
    id             uuid PRIMARY KEY,
    speaker_id     uuid NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
    statement_date date,
    event_id       uuid REFERENCES event(id) ON DELETE SET NULL,
    text           text NOT NULL CHECK (length(trim(text)) > 0),
    language       text NOT NULL DEFAULT 'cs',
    translation    text NOT NULL DEFAULT '',
    kind           text NOT NULL CHECK (kind IN ('VERBATIM_QUOTE','PARAPHRASE','POSITION')),
    sensitivity    text NOT NULL CHECK (sensitivity IN ('PUBLIC','INTERNAL','SENSITIVE')),
    sources        jsonb NOT NULL DEFAULT '[]',
    created_at     timestamptz NOT NULL,
    created_by     text NOT NULL,
    updated_at     timestamptz NOT NULL,
    updated_by     text NOT NULL
);
CREATE INDEX statement_speaker ON statement(speaker_id);
CREATE INDEX statement_event ON statement(event_id);

CREATE TABLE statement_topic (
    statement_id uuid NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    topic_id     uuid NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    position     integer NOT NULL,
    PRIMARY KEY (statement_id, topic_id)
);
CREATE INDEX statement_topic_topic ON statement_topic(topic_id);

CREATE TABLE commitment (
    id           uuid PRIMARY KEY,
    statement_id uuid REFERENCES statement(id) ON DELETE SET NULL,
    text         text NOT NULL CHECK (length(trim(text)) > 0),
    status       text NOT NULL CHECK (status IN ('OPEN','IN_PROGRESS','FULFILLED','PARTLY_FULFILLED','BROKEN','NOT_PURSUED')),
    due_date     date,
    sensitivity  text NOT NULL CHECK (sensitivity IN ('PUBLIC','INTERNAL','SENSITIVE')),
    sources      jsonb NOT NULL DEFAULT '[]',
    created_at   timestamptz NOT NULL,
    created_by   text NOT NULL,
    updated_at   timestamptz NOT NULL,
    updated_by   text NOT NULL
);
CREATE INDEX commitment_statement ON commitment(statement_id);

CREATE TABLE commitment_status (
    commitment_id uuid NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
    position      integer NOT NULL,
    change_date   date NOT NULL,
    status        text NOT NULL CHECK (status IN ('OPEN','IN_PROGRESS','FULFILLED','PARTLY_FULFILLED','BROKEN','NOT_PURSUED')),
    note          text NOT NULL DEFAULT '',
    PRIMARY KEY (commitment_id, position)
);

CREATE TABLE commitment_topic (
    commitment_id uuid NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
    topic_id      uuid NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    position      integer NOT NULL,
    PRIMARY KEY (commitment_id, topic_id)
);
CREATE INDEX commitment_topic_topic ON commitment_topic(topic_id);

-- Written in the same transaction as every insert, update and delete of a record; changed_by is
-- the database role that made the change.
CREATE TABLE change_log (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_id      uuid NOT NULL,
    record_kind    text NOT NULL,
    action         text NOT NULL CHECK (action IN ('CREATE','UPDATE','DELETE')),
    changed_at     timestamptz NOT NULL,
    changed_by     text NOT NULL,
    changed_fields jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX change_log_record ON change_log(record_id, id);

-- Who may see what: each role's clearance, set by `server grant`. A role without a line sees no record.
CREATE TABLE desk_clearance (
    role_name   text PRIMARY KEY,
    clearance   text NOT NULL CHECK (clearance IN ('PUBLIC','INTERNAL','SENSITIVE')),
    granted_at  timestamptz NOT NULL DEFAULT now(),
    granted_by  text NOT NULL DEFAULT current_user
);

CREATE FUNCTION desk_sensitivity_rank(level text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE level WHEN 'PUBLIC' THEN 1 WHEN 'INTERNAL' THEN 2 WHEN 'SENSITIVE' THEN 3 END
$$;

-- The clearance of the role running the query (0: none). Called once per query from the policies.
CREATE FUNCTION desk_clearance_rank() RETURNS integer LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT desk_sensitivity_rank(clearance) FROM desk_clearance WHERE role_name = current_user), 0)
$$;

ALTER TABLE organisation ENABLE ROW LEVEL SECURITY;
ALTER TABLE person ENABLE ROW LEVEL SECURITY;
ALTER TABLE topic ENABLE ROW LEVEL SECURITY;
ALTER TABLE event ENABLE ROW LEVEL SECURITY;
ALTER TABLE report ENABLE ROW LEVEL SECURITY;
ALTER TABLE statement ENABLE ROW LEVEL SECURITY;
ALTER TABLE commitment ENABLE ROW LEVEL SECURITY;
CREATE POLICY clearance ON organisation USING (desk_sensitivity_rank(sensitivity) <= (SELECT desk_clearance_rank()));
CREATE POLICY clearance ON person USING (desk_sensitivity_rank(sensitivity) <= (SELECT desk_clearance_rank()));
CREATE POLICY clearance ON topic USING (desk_sensitivity_rank(sensitivity) <= (SELECT desk_clearance_rank()));
CREATE POLICY clearance ON event USING (desk_sensitivity_rank(sensitivity) <= (SELECT desk_clearance_rank()));
CREATE POLICY clearance ON report USING (desk_sensitivity_rank(sensitivity) <= (SELECT desk_clearance_rank()));
CREATE POLICY clearance ON statement USING (desk_sensitivity_rank(sensitivity) <= (SELECT desk_clearance_rank()));
CREATE POLICY clearance ON commitment USING (desk_sensitivity_rank(sensitivity) <= (SELECT desk_clearance_rank()));

-- A record's own lines (aliases, roles, participants, links, history) are seen with the record only.
ALTER TABLE person_alias ENABLE ROW LEVEL SECURITY;
ALTER TABLE person_role ENABLE ROW LEVEL SECURITY;
ALTER TABLE participation ENABLE ROW LEVEL SECURITY;
ALTER TABLE event_topic ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_follow_up ENABLE ROW LEVEL SECURITY;
ALTER TABLE report_topic ENABLE ROW LEVEL SECURITY;
ALTER TABLE statement_topic ENABLE ROW LEVEL SECURITY;
ALTER TABLE commitment_status ENABLE ROW LEVEL SECURITY;
ALTER TABLE commitment_topic ENABLE ROW LEVEL SECURITY;
ALTER TABLE change_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY with_owner ON person_alias USING (EXISTS (SELECT 1 FROM person p WHERE p.id = person_id));
CREATE POLICY with_owner ON person_role USING (EXISTS (SELECT 1 FROM person p WHERE p.id = person_id));
CREATE POLICY with_owner ON participation USING (EXISTS (SELECT 1 FROM event e WHERE e.id = event_id));
CREATE POLICY with_owner ON event_topic USING (EXISTS (SELECT 1 FROM event e WHERE e.id = event_id));
CREATE POLICY with_owner ON report_follow_up USING (EXISTS (SELECT 1 FROM report r WHERE r.id = report_id));
CREATE POLICY with_owner ON report_topic USING (EXISTS (SELECT 1 FROM report r WHERE r.id = report_id));
CREATE POLICY with_owner ON statement_topic USING (EXISTS (SELECT 1 FROM statement s WHERE s.id = statement_id));
CREATE POLICY with_owner ON commitment_status USING (EXISTS (SELECT 1 FROM commitment c WHERE c.id = commitment_id));
CREATE POLICY with_owner ON commitment_topic USING (EXISTS (SELECT 1 FROM commitment c WHERE c.id = commitment_id));
-- The history names the records a role may see, and the deleted ones (their content is gone).
CREATE POLICY with_record ON change_log FOR SELECT USING (CASE record_kind
    WHEN 'EVENT' THEN EXISTS (SELECT 1 FROM event x WHERE x.id = record_id) OR action = 'DELETE'
    WHEN 'REPORT' THEN EXISTS (SELECT 1 FROM report x WHERE x.id = record_id) OR action = 'DELETE'
    WHEN 'PERSON' THEN EXISTS (SELECT 1 FROM person x WHERE x.id = record_id) OR action = 'DELETE'
    WHEN 'ORGANISATION' THEN EXISTS (SELECT 1 FROM organisation x WHERE x.id = record_id) OR action = 'DELETE'
    WHEN 'STATEMENT' THEN EXISTS (SELECT 1 FROM statement x WHERE x.id = record_id) OR action = 'DELETE'
    WHEN 'COMMITMENT' THEN EXISTS (SELECT 1 FROM commitment x WHERE x.id = record_id) OR action = 'DELETE'
    WHEN 'TOPIC' THEN EXISTS (SELECT 1 FROM topic x WHERE x.id = record_id) OR action = 'DELETE' END);
CREATE POLICY append ON change_log FOR INSERT WITH CHECK (changed_by = current_user);
