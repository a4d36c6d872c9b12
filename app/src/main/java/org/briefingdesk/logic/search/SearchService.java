package org.briefingdesk.logic.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingdesk.logic.store.SearchIndex;
import org.briefingdesk.model.RecordKind;

/**
 * One search field for everything: parses the input, asks the index, and returns ranked hits with
 * highlighted snippets, counts per kind and hints. Never throws for any input.
 */
public final class SearchService {
    public static final int DEFAULT_LIMIT = 50;

    private final SearchIndex index;

    public SearchService(SearchIndex index) {
        this.index = index;
    }

    public SearchResult search(String input, int limit) {
        return search(input, EnumSet.noneOf(RecordKind.class), limit);
    }

    /** Searches, narrowed to {@code kinds} when not empty (the kind chips of the window, {@code --type}). */
    public SearchResult search(String input, Set<RecordKind> kinds, int limit) {
        SearchQuery parsed = SearchQueryParser.parse(input);
        if (parsed.isEmpty()) {
            return new SearchResult(input, List.of(), Map.of(), parsed.hints());
        }
        SearchCounts counts = index.countByKind(parsed);
        SearchQuery query = withKinds(parsed, kinds);
        if (query == null) {
            return new SearchResult(input, List.of(), counts.byKind(), counts.moreThan(), Set.of(), parsed.hints());
        }
        Set<RecordKind> searched = query.kinds().isEmpty() ? EnumSet.allOf(RecordKind.class) : query.kinds();
        return new SearchResult(input, hits(query, 0, Math.max(1, limit)), counts.byKind(), counts.moreThan(),
                searched, parsed.hints());
    }

    /**
     * The hits of the same search from place {@code offset} on, without counts or hints: the next window of a
     * result list that was answered by {@link #search(String, Set, int)}.
     */
    public List<SearchHit> page(String input, Set<RecordKind> kinds, int offset, int limit) {
        SearchQuery parsed = SearchQueryParser.parse(input);
        SearchQuery query = parsed.isEmpty() ? null : withKinds(parsed, kinds);
        return query == null ? List.of() : hits(query, Math.max(0, offset), Math.max(1, limit));
    }

    private List<SearchHit> hits(SearchQuery query, int offset, int limit) {
        Highlighter highlighter = new Highlighter(query.positiveTerms());
        return index.search(query, offset, limit).stream()
                .map(m -> new SearchHit(m.id(), m.kind(), m.title(),
                        highlighter.snippet(m.body().isBlank() ? m.title() : m.body()), highlighter.marked(m.title())))
                .toList();
    }

    /** The query narrowed to {@code kinds} as well as its own {@code typ:}; null when nothing is left. */
    private static SearchQuery withKinds(SearchQuery q, Set<RecordKind> kinds) {
        if (kinds.isEmpty()) {
            return q;
        }
        EnumSet<RecordKind> narrowed = EnumSet.copyOf(kinds);
        if (!q.kinds().isEmpty()) {
            narrowed.retainAll(q.kinds());
        }
        return narrowed.isEmpty() ? null
                : new SearchQuery(q.groups(), q.excluded(), q.filters(), narrowed, q.from(), q.to(), q.hints());
    }
}
