-- Version 4: what exchanges with other desks leave to remember for the next merge (as in the file's version 4),
-- and references checked when a transaction commits where the batch writer asks for it, so that an import or a
-- push may write records in any order.
-- exchange_base: per record, the version last sent or received: the common ancestor of a three-way merge.
CREATE TABLE exchange_base (
    record_id uuid PRIMARY KEY,
    version   timestamptz NOT NULL
);

-- exchange_alias: an id another desk or file uses for a record kept here under its own id.
CREATE TABLE exchange_alias (
    foreign_id uuid PRIMARY KEY,
    local_id   uuid NOT NULL
);

-- Still checked row by row unless a transaction defers them (SET CONSTRAINTS ALL DEFERRED).
DO $$
DECLARE
    fk record;
BEGIN
    FOR fk IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint
              WHERE contype = 'f' AND connamespace = current_schema()::regnamespace LOOP
        EXECUTE format('ALTER TABLE %s ALTER CONSTRAINT %I DEFERRABLE INITIALLY IMMEDIATE', fk.tbl, fk.conname);
    END LOOP;
END
$$;

-- Every change tells the other desks (LISTEN briefing_desk_changes) with its record kind only, never an id or
-- text, from the same statement that writes its history line: no extra round trip per save. The server sends
-- a kind once per transaction however many lines name it.
CREATE FUNCTION desk_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('briefing_desk_changes', NEW.record_kind);
    RETURN NULL;
END
$$;
CREATE TRIGGER announce AFTER INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION desk_announce_change();
