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
