package org.briefingdesk.bench;

import java.util.Collections;
import java.util.List;
import org.briefingdesk.logic.search.SearchQuery;

/**
 * What the search benchmark compares the application's search with, on the same file: the bare
 * full-text query, a naive LIKE scan, and what the index costs in file size. Not for the application
 * itself; each database implements it in its own SQL.
 */
public interface SearchBaselines {
    /** Each record table with the text a LIKE search looks in; the columns have the same names in both schemas. */
    List<String[]> LIKE_TEXTS = List.of(
            new String[] {"event", "title || ' ' || summary || ' ' || city"},
            new String[] {"report", "title || ' ' || body || ' ' || outcomes"},
            new String[] {"person", "given_name || ' ' || family_name || ' ' || notes"},
            new String[] {"organisation", "name || ' ' || abbreviation || ' ' || notes"},
            new String[] {"statement", "text || ' ' || translation"},
            new String[] {"commitment", "text"},
            new String[] {"topic", "name || ' ' || name_en || ' ' || description"});

    /** The condition that {@code text} holds every word: one {@code LIKE} (or {@code ILIKE}) parameter a word. */
    static String containsAll(String text, int words, String like) {
        return String.join(" AND ", Collections.nCopies(words, "(" + text + ") " + like + " ? ESCAPE '\\'"));
    }

    /** The parameter for {@link #containsAll}: the word anywhere, its per cent, underscore and backslash as such. */
    static String anywhere(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * The query's words and field filters as the same MATCH expression the index uses, run bare:
     * the full-text table alone, plain bm25 order, {@code limit} rows, no join, filters, counts or
     * snippets. Returns the number of rows read.
     */
    int rawFts(SearchQuery query, int limit);

    /**
     * Records whose text contains every word ({@code LIKE '%word%'}), reading every row of the record
     * tables as a search without an index must in order to count its matches. Returns the number of
     * matching records.
     */
    long likeScan(List<String> words);

    /** The database's size compacted, with its search index and without it. */
    IndexSize indexSize();

    /** Sizes in bytes of the compacted file with and without the index. */
    record IndexSize(long withIndex, long withoutIndex) {
        /** How much the index adds, as a fraction of the size without it (0.5 = 50 %). */
        public double growth() {
            return withoutIndex == 0 ? 0 : (double) (withIndex - withoutIndex) / withoutIndex;
        }
    }
}
