package org.briefingdesk.logic.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.briefingdesk.model.RecordKind;

/** One verified backup file: when it was made, why, its size and what it holds. */
public record BackupInfo(Path file, Instant createdAt, String reason, long sizeBytes, Map<RecordKind, Long> counts) {
    public BackupInfo {
        counts = Map.copyOf(counts);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
