package org.briefingdesk.logic.search;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingdesk.model.RecordKind;

/**
 * The answer to one search: hits best first, how many match per kind (every kind, so a kind chip can say
 * what it would add), the kinds the search was narrowed to ({@code typ:} and the chosen kinds; all of them
 * when not narrowed), and hints about the input. The total counts only the kinds searched. A kind in
 * {@code moreThan} was counted up to a cap only: it has more matches than its count, and so has the total.
 */
public record SearchResult(String input, List<SearchHit> hits, Map<RecordKind, Long> countsByKind,
                           Set<RecordKind> moreThan, Set<RecordKind> searchedKinds, List<SearchQuery.Hint> hints) {
    public SearchResult {
        hits = List.copyOf(hits);
        countsByKind = Map.copyOf(countsByKind);
        moreThan = moreThan.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(moreThan));
        searchedKinds = searchedKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(searchedKinds));
        hints = List.copyOf(hints);
    }

    /** A result over every kind with exact counts. */
    public SearchResult(String input, List<SearchHit> hits, Map<RecordKind, Long> countsByKind,
                        List<SearchQuery.Hint> hints) {
        this(input, hits, countsByKind, Set.of(), EnumSet.allOf(RecordKind.class), hints);
    }

    /** The counts of the kinds searched, in kind order; the others are left out. */
    public Map<RecordKind, Long> searchedCounts() {
        Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
        countsByKind.forEach((kind, count) -> {
            if (searchedKinds.contains(kind)) {
                counts.put(kind, count);
            }
        });
        return counts;
    }

    /** How many records match in the kinds searched (more than that when {@link #totalIsExact()} is false). */
    public long total() {
        return searchedCounts().values().stream().mapToLong(Long::longValue).sum();
    }

    /** True when the count of this kind is exact, false when the kind has more matches than it says. */
    public boolean isExact(RecordKind kind) {
        return !moreThan.contains(kind);
    }

    /** True when every kind searched was counted to the end. */
    public boolean totalIsExact() {
        return searchedKinds.stream().allMatch(this::isExact);
    }
}
