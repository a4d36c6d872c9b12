package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/**
 * What a save does where several people write at once (the team server): lock the row, refuse to
 * overwrite a version the writer has not seen, give every version a new time stamp, and tell the other desks which
 * kinds of record changed once the change is committed. A SQLite file has one writer, so there all of it is
 * {@link #NONE}.
 */
public interface SharedWrites {
    SharedWrites NONE = new SharedWrites() {
    };

    /** Throws, with a sentence for the user, when this desk may not write: before anything is sent. */
    default void checkWritable() {
    }

    /**
     * What the read of the stored version before a change ends with, so that the same query locks the record's row
     * until the transaction ends ({@code ""} where one desk writes).
     */
    default String lockClause() {
        return "";
    }

    /**
     * Throws when {@code incoming} was edited from another version than {@code stored} (its audit
     * names the version it started from; a record without one is new or written blind).
     */
    default void check(StoredRecord stored, StoredRecord incoming) {
    }

    /**
     * Sends the rows of one save ({@code last}: nothing of the transaction follows them). As JDBC batches, a
     * statement each, unless the connection takes them in fewer round trips.
     */
    default void send(Connection c, BatchedRows rows, boolean last) throws SQLException {
        rows.flush(c);
    }

    /** A history line of this kind is written in the transaction running: the other desks are to hear of it. */
    default void changed(RecordKind kind) {
    }

    /** The time stamp of the new version: {@code now}, unless a version must be told apart from the last. */
    default Instant stamp(Instant now, StoredRecord stored) {
        return now;
    }
}
