-- Version 9: the other desks hear of a change from the desk that made it, once its transaction has committed
-- (PostgresDatabase.announcement), no longer from a trigger on the history table inside the transaction: a NOTIFY
-- takes a lock that every notifying commit in the database holds until its commit is on disk, so ten desks saving
-- at once waited for one another's disk writes.
DROP TRIGGER announce ON change_log;
DROP FUNCTION desk_announce_change();
