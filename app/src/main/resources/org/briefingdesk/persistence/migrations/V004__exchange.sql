-- Version 4: what exchanges with other desks leave to remember for the next merge.
-- exchange_base: per record, the version last sent or received (its updated_at, which imports keep): the common
-- ancestor of a three-way merge ("changed here", "changed there", "changed on both").
CREATE TABLE exchange_base (
    record_id TEXT PRIMARY KEY,
    version   TEXT NOT NULL
) WITHOUT ROWID;

-- exchange_alias: an id another desk or file uses for a record kept here under its own id (a probable duplicate
-- merged on import), so that the next import maps it again instead of asking.
CREATE TABLE exchange_alias (
    foreign_id TEXT PRIMARY KEY,
    local_id   TEXT NOT NULL
) WITHOUT ROWID;
