-- Run by `server init` after the migrations: the two group roles and what each may do. Editors
-- read and write records; readers only read (and keep their own saved searches). Which records a
-- role sees is its clearance (desk_clearance), enforced by the tables' row-level security policies.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'briefing_desk_reader') THEN
        CREATE ROLE briefing_desk_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'briefing_desk_editor') THEN
        CREATE ROLE briefing_desk_editor NOLOGIN;
    END IF;
END
$$;
GRANT briefing_desk_reader TO briefing_desk_editor;
GRANT USAGE ON SCHEMA public TO briefing_desk_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO briefing_desk_reader;
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO briefing_desk_editor;
REVOKE INSERT, UPDATE, DELETE ON briefing_desk_schema, desk_clearance, country FROM briefing_desk_editor;
GRANT INSERT, UPDATE, DELETE ON saved_search TO briefing_desk_reader;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO briefing_desk_editor;
