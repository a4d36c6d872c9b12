package org.briefingdesk.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of a record's change history: who changed which fields, and when. */
public record ChangeEntry(long id, UUID recordId, RecordKind kind, Action action, Instant changedAt,
                          String changedBy, List<String> changedFields) {
    public enum Action { CREATE, UPDATE, DELETE }

    public ChangeEntry {
        changedFields = Text.copy(changedFields);
    }
}
