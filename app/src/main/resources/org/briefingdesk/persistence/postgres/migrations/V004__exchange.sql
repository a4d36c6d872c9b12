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

-- What is remembered of a record a role may not see stays hidden from it, as the record does: a row is hidden while
-- the index holds its record above the role's clearance (the index row of a deleted record is gone, so what is
-- remembered of it may be forgotten). The look-up runs as the schema's owner, who sees every index row; the
-- clearance compared is the caller's.
CREATE FUNCTION desk_hidden(id uuid, clearance integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
    SELECT EXISTS (SELECT 1 FROM search_document d
                   WHERE d.record_id = id AND desk_sensitivity_rank(d.sensitivity) > clearance)
$$;
ALTER TABLE exchange_base ENABLE ROW LEVEL SECURITY;
ALTER TABLE exchange_alias ENABLE ROW LEVEL SECURITY;
CREATE POLICY clearance ON exchange_base USING (NOT desk_hidden(record_id, (SELECT desk_clearance_rank())));
CREATE POLICY clearance ON exchange_alias USING (NOT desk_hidden(local_id, (SELECT desk_clearance_rank())));

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
