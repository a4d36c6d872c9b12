package org.briefingdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A promise made in a statement. Its current status is the last entry of its history; status
 * changes are appended, never overwritten.
 */
public record Commitment(UUID id, UUID statementId, String text, CommitmentStatus status, LocalDate dueDate,
                         List<StatusChange> history, List<UUID> topicIds,
                         RecordInfo info) implements StoredRecord {
    public Commitment {
        text = Text.trimToEmpty(text);
        history = Text.copy(history);
        topicIds = Text.copy(topicIds);
        info = info == null ? RecordInfo.NEW : info;
    }
}
