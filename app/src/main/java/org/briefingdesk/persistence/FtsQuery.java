package org.briefingdesk.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.briefingdesk.logic.search.CzechStemmer;
import org.briefingdesk.logic.search.SearchQuery;

/**
 * Writes a parsed query as an FTS5 MATCH expression (public for the search benchmark, which times the
 * same expression bare). Every word is a folded run of letters and
 * digits put inside double quotes, so nothing the user typed can become FTS5 syntax.
 */
public final class FtsQuery {
    static final String EXACT_COLUMNS = "{title body people countries topics events}";
    static final String STEM_COLUMNS = "{title_s body_s people_s countries_s topics_s events_s}";

    private FtsQuery() {
    }

    /** The expression every hit must match (groups and field filters), or null when there is none. */
    public static String positive(SearchQuery q) {
        List<String> parts = new ArrayList<>();
        for (List<SearchQuery.Term> group : q.groups()) {
            parts.add(group.stream().map(t -> term(t, EXACT_COLUMNS, STEM_COLUMNS))
                    .collect(Collectors.joining(" OR ", "(", ")")));
        }
        for (SearchQuery.FieldFilter f : q.filters()) {
            String column = switch (f.field()) {
                case PERSON -> "people";
                case COUNTRY -> "countries";
                case TOPIC -> "topics";
                case EVENT -> "events";
            };
            parts.add(term(f.term(), "{" + column + "}", "{" + column + "_s}"));
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }

    /** The expression any excluded term matches, or null. */
    static String excluded(SearchQuery q) {
        if (q.excluded().isEmpty()) {
            return null;
        }
        return q.excluded().stream().map(t -> term(t, EXACT_COLUMNS, STEM_COLUMNS))
                .collect(Collectors.joining(" OR "));
    }

    /** A word or phrase: its exact form in the exact columns, or its stems in the stemmed ones. */
    static String term(SearchQuery.Term t, String exactColumns, String stemColumns) {
        String exact = quote(String.join(" ", t.words())) + (t.prefix() ? "*" : "");
        String stems = quote(t.words().stream().map(CzechStemmer::stem).collect(Collectors.joining(" ")));
        return "(" + exactColumns + ": " + exact + " OR " + stemColumns + ": " + stems + ")";
    }

    /** Words are letters and digits only; doubling quotes keeps even a stray one harmless. */
    private static String quote(String words) {
        return '"' + words.replace("\"", "\"\"") + '"';
    }
}
