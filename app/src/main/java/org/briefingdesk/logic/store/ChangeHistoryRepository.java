package org.briefingdesk.logic.store;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.ChangeEntry;

/** The change history that every save and delete appends to. */
public interface ChangeHistoryRepository {
    /** The record's history, oldest first. */
    List<ChangeEntry> findByRecord(UUID recordId);

    /** The newest entries across all records, newest first. */
    List<ChangeEntry> findRecent(int limit);
}
