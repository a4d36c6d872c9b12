package org.briefingdesk.persistence;

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

    /** The ids to re-index once {@code record} is gone; asked before the delete. */
    List<UUID> dependentsOf(StoredRecord record);

    void deleted(UUID id, List<UUID> dependents);
}
