package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/**
 * What a save does where several people write at once (the team server): lock the row, refuse to
 * overwrite a version the writer has not seen, give every version a new time stamp, and tell the
 * other desks. A SQLite file has one writer, so there all of it is {@link #NONE}.
 */
public interface SharedWrites {
    SharedWrites NONE = new SharedWrites() {
    };

    /** Locks the record's row until the transaction ends, before the stored version is read. */
    default void lock(Connection c, String table, UUID id) throws SQLException {
    }

    /**
     * Throws when {@code incoming} was edited from another version than {@code stored} (its audit
     * names the version it started from; a record without one is new or written blind).
     */
    default void check(StoredRecord stored, StoredRecord incoming) {
    }

    /** The time stamp of the new version: {@code now}, unless a version must be told apart from the last. */
    default Instant stamp(Instant now, StoredRecord stored) {
        return now;
    }

    /** Tells the other desks that a record changed, in the same transaction as the change. */
    default void changed(Connection c, RecordKind kind, UUID id) throws SQLException {
    }
}
