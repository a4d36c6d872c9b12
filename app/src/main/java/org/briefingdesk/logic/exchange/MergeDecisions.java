package org.briefingdesk.logic.exchange;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the user decided: per conflict ours, theirs, both (theirs kept beside ours as a record of its own), or field
 * by field; per probable duplicate merged with one record here (keeping ours or taking theirs) or kept apart.
 * Anything left undecided follows the {@code fallback}.
 */
public final class MergeDecisions {
    /** One answer for everything not decided one by one ({@code --on-conflict}). */
    public enum Policy {
        /** Conflicts keep ours; a duplicate is merged into the record here as it is. */
        OURS,
        /** Conflicts take theirs; a duplicate is merged into the record here with the file's content. */
        THEIRS,
        /** Conflicts keep ours and add theirs beside it; duplicates are kept apart. */
        BOTH
    }

    /** How one conflict is settled: the fields taken from theirs (all of them for "theirs"), or both kept. */
    public record Resolution(Set<String> theirFields, boolean keepBoth) {
        public Resolution {
            theirFields = Set.copyOf(theirFields);
        }

        public static Resolution ours() {
            return new Resolution(Set.of(), false);
        }

        public static Resolution both() {
            return new Resolution(Set.of(), true);
        }

        public static Resolution fields(Set<String> theirFields) {
            return new Resolution(theirFields, false);
        }
    }

    /** How one duplicate is settled: merged into {@code localId} (taking the file's content or not), or kept apart. */
    public record Merge(UUID localId, boolean takeTheirs) {
        public static Merge apart() {
            return new Merge(null, false);
        }

        public boolean keptApart() {
            return localId == null;
        }
    }

    private final Policy fallback;
    private final Map<UUID, Resolution> conflicts = new HashMap<>();
    private final Map<UUID, Merge> duplicates = new HashMap<>();

    public MergeDecisions(Policy fallback) {
        this.fallback = fallback;
    }

    public MergeDecisions resolve(UUID conflictId, Resolution resolution) {
        conflicts.put(conflictId, resolution);
        return this;
    }

    public MergeDecisions merge(UUID incomingId, Merge merge) {
        duplicates.put(incomingId, merge);
        return this;
    }

    /** The resolution of the conflict on this id: decided, or the fallback's ({@code fields} = every field). */
    public Resolution resolution(MergePlan.Conflict conflict) {
        Resolution decided = conflicts.get(conflict.ours().id());
        if (decided != null) {
            return decided;
        }
        return switch (fallback) {
            case OURS -> Resolution.ours();
            case THEIRS -> Resolution.fields(Set.copyOf(conflict.fields()));
            case BOTH -> Resolution.both();
        };
    }

    public Merge merge(MergePlan.Duplicate duplicate) {
        Merge decided = duplicates.get(duplicate.theirs().id());
        if (decided != null) {
            return decided;
        }
        return switch (fallback) {
            case OURS -> new Merge(duplicate.candidates().get(0).id(), false);
            case THEIRS -> new Merge(duplicate.candidates().get(0).id(), true);
            case BOTH -> Merge.apart();
        };
    }
}
