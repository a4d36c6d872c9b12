package org.briefingdesk.logic.exchange;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/**
 * A merge before it happens: per kind how many incoming records fall in each {@link MergeCategory}, the records
 * to add or take, the conflicts with their differing fields, and the probable duplicates with their candidates.
 * Nothing is written until {@link ImportApplier} applies it with the user's {@link MergeDecisions}.
 *
 * @param source   the file's name, for messages
 * @param incoming the records to add or take as they are (new here, or changed only in the file), kept compactly
 * @param versions the incoming version of every record of the file (by its id here): remembered as the common
 *                 ancestor for the next merge
 */
public record MergePlan(String source, Map<RecordKind, Map<MergeCategory, Long>> counts, SpooledRecords incoming,
                        List<Conflict> conflicts, List<Duplicate> duplicates, Map<UUID, Instant> versions) {
    public MergePlan {
        Map<RecordKind, Map<MergeCategory, Long>> copy = new EnumMap<>(RecordKind.class);
        counts.forEach((kind, byCategory) -> copy.put(kind, Map.copyOf(byCategory)));
        counts = copy;
        incoming = incoming.finish();
        conflicts = List.copyOf(conflicts);
        duplicates = List.copyOf(duplicates);
        versions = Map.copyOf(versions);
    }

    /** A record changed on both sides: ours, theirs, and the fields in which they differ. */
    public record Conflict(StoredRecord ours, StoredRecord theirs, List<String> fields) {
        public Conflict {
            fields = List.copyOf(fields);
        }
    }

    /** An incoming record with another id than the records here it probably is. */
    public record Duplicate(StoredRecord theirs, List<StoredRecord> candidates) {
        public Duplicate {
            candidates = List.copyOf(candidates);
        }
    }

    public long count(RecordKind kind, MergeCategory category) {
        return counts.getOrDefault(kind, Map.of()).getOrDefault(category, 0L);
    }

    public long count(MergeCategory category) {
        return counts.values().stream().mapToLong(m -> m.getOrDefault(category, 0L)).sum();
    }

    public long total() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }

    /** True when the user must decide something before anything is written. */
    public boolean needsDecisions() {
        return !conflicts.isEmpty() || !duplicates.isEmpty();
    }

    /** True when applying would change nothing here. */
    public boolean changesNothing() {
        return incoming.isEmpty() && conflicts.isEmpty() && duplicates.isEmpty();
    }
}
