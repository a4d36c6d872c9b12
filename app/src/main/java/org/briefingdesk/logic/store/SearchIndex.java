package org.briefingdesk.logic.store;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.logic.search.SearchCounts;
import org.briefingdesk.logic.search.SearchQuery;
import org.briefingdesk.model.RecordKind;

/**
 * The full-text index over every record kind. The store keeps it up to date in the same transaction
 * as the records it indexes; this interface only reads it.
 */
public interface SearchIndex {
    /** One ranked result: which record, and the indexed text to cut a snippet from. */
    record Match(UUID id, RecordKind kind, String title, String body, double rank) {
    }

    /** The best matches, best first (weighted bm25, exact forms above stemmed ones, then recency). */
    default List<Match> search(SearchQuery query, int limit) {
        return search(query, 0, limit);
    }

    /**
     * The matches from place {@code offset} of that order on, at most {@code limit}: the window of a result
     * list that is read as it is scrolled.
     */
    List<Match> search(SearchQuery query, int offset, int limit);

    /**
     * How many records of each kind match (ignoring the query's own kind filter). A store may stop counting a kind
     * at a cap and say so; the hits themselves are never cut short.
     */
    SearchCounts countByKind(SearchQuery query);

    /** Rebuilds the whole index from the records (after an import, or to repair it). */
    void rebuild();

    /**
     * Merges the index's segments into one after many records were written at once (an import, a
     * rebuild): queries then read one list per word instead of one per segment.
     */
    void optimize();
}
