package org.briefingdesk.logic.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.briefingdesk.model.RecordKind;

/**
 * A restore, before it happens: what the backup holds next to the current file, and each side's
 * newest change. {@code currentReadable} is false when the current file is damaged or missing.
 */
public record RestorePlan(Path database, Path backup, Map<RecordKind, Long> currentCounts,
                          Map<RecordKind, Long> backupCounts, Instant currentNewestChange, Instant backupNewestChange,
                          boolean currentReadable) {
    public RestorePlan {
        currentCounts = Map.copyOf(currentCounts);
        backupCounts = Map.copyOf(backupCounts);
    }

    public long currentTotal() {
        return currentCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long backupTotal() {
        return backupCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** An empty backup over data, or one with less than half the records: the user must confirm. */
    public boolean needsConfirmation() {
        return currentTotal() > 0 && (backupTotal() == 0 || backupTotal() * 2 < currentTotal());
    }
}
