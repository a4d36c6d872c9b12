package org.briefingdesk.persistence;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.StoredRecord;

/** The search index as the repositories keep it in step, inside their transactions. */
public interface IndexWriter {
    /**
     * Re-indexes a record that was just saved, and the records whose documents mention it; a record just created
     * ({@code created}) is mentioned by none yet.
     */
    void saved(StoredRecord record, boolean created);

    /**
     * Adds a just-saved record's entry to the rows its save is about to send, and says whether it did; when it did
     * not, {@link #saved} follows the rows (a SQLite file, or a record that other records' entries mention).
     */
    default boolean savedWith(StoredRecord record, boolean created, RowSink pending) throws SQLException {
        return false;
    }

    /** The ids to re-index once {@code record} is gone; asked before the delete. */
    List<UUID> dependentsOf(StoredRecord record);

    void deleted(UUID id, List<UUID> dependents);
}
