package org.briefingdesk.logic.search;

import java.util.List;
import java.util.Map;
import org.briefingdesk.model.RecordKind;

/** The answer to one search: hits best first, how many match per kind, and hints about the input. */
public record SearchResult(String input, List<SearchHit> hits, Map<RecordKind, Long> countsByKind,
                           List<SearchQuery.Hint> hints) {
    public SearchResult {
        hits = List.copyOf(hits);
        countsByKind = Map.copyOf(countsByKind);
        hints = List.copyOf(hints);
    }

    public long total() {
        return countsByKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
