package org.briefingdesk.logic.search;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.briefingdesk.model.RecordKind;

/**
 * How many records of each kind match. A store may stop counting a kind at a cap, as the team server does for
 * its commonest words: such a kind is in {@code moreThan} and has more matches than its count says.
 */
public record SearchCounts(Map<RecordKind, Long> byKind, Set<RecordKind> moreThan) {
    public SearchCounts {
        byKind = Map.copyOf(byKind);
        moreThan = moreThan.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(moreThan));
    }

    /** Counts that were not cut short. */
    public static SearchCounts exact(Map<RecordKind, Long> byKind) {
        return new SearchCounts(byKind, Set.of());
    }
}
