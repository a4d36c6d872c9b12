package org.briefingdesk.persistence.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.briefingdesk.logic.search.CzechStemmer;
import org.briefingdesk.logic.search.SearchQuery;
import org.briefingdesk.model.RecordKind;

/**
 * A parsed query as conditions on {@code search_document}, with the meaning the SQLite index gives it:
 * each term matches its exact form in the exact vector or its stems in the stemmed one; field filters
 * look in their field's vectors only. Words are folded runs of letters and digits, each put in single
 * quotes, so nothing the user typed becomes tsquery syntax or SQL.
 */
public final class PostgresQuery {
    static final String CONFIG = "'briefing_desk'";
    /** ts_rank's weights of D, C, B and A, in the proportions of the SQLite index's bm25 column weights. */
    private static final String WEIGHTS = "'{0.1, 0.25, 0.4, 1.0}'";

    private final StringBuilder where = new StringBuilder();
    private final List<Object> params = new ArrayList<>();
    private final List<String> exactTerms = new ArrayList<>();
    private final List<String> stemTerms = new ArrayList<>();

    private PostgresQuery() {
    }

    /** The conditions (a {@code WHERE} without the keyword: "true" when there are none) and their parameters. */
    public static PostgresQuery of(SearchQuery q, boolean withKinds) {
        PostgresQuery out = new PostgresQuery();
        out.where.append("true");
        for (List<SearchQuery.Term> group : q.groups()) {
            List<String> alternatives = new ArrayList<>();
            for (SearchQuery.Term t : group) {
                alternatives.add(out.term(t, "exact", "stems"));
                out.exactTerms.add(exact(t));
                out.stemTerms.add(stems(t));
            }
            out.where.append(" AND (").append(String.join(" OR ", alternatives)).append(')');
        }
        for (SearchQuery.FieldFilter f : q.filters()) {
            String field = switch (f.field()) {
                case PERSON -> "people";
                case COUNTRY -> "countries";
                case TOPIC -> "topics";
                case EVENT -> "events";
            };
            out.where.append(" AND ").append(out.term(f.term(), field + "_exact", field + "_stems"));
            out.exactTerms.add(exact(f.term()));
            out.stemTerms.add(stems(f.term()));
        }
        for (SearchQuery.Term t : q.excluded()) {
            out.where.append(" AND NOT ").append(out.term(t, "exact", "stems"));
        }
        if (withKinds && !q.kinds().isEmpty()) {
            List<String> marks = new ArrayList<>();
            for (RecordKind kind : new TreeSet<>(q.kinds())) {
                marks.add("?");
                out.params.add(kind);
            }
            out.where.append(" AND kind IN (").append(String.join(", ", marks)).append(')');
        }
        if (q.from() != null) {
            out.where.append(" AND date_to >= ?");
            out.params.add(q.from());
        }
        if (q.to() != null) {
            out.where.append(" AND date_from <= ?");
            out.params.add(q.to());
        }
        return out;
    }

    public String where() {
        return where.toString();
    }

    public List<Object> params() {
        return params;
    }

    public boolean ranked() {
        return !exactTerms.isEmpty();
    }

    /** The rank of a row: its exact forms weighed as the index's exact columns, plus its stems, lower. */
    public String rank(List<Object> rankParams) {
        rankParams.add(String.join(" | ", exactTerms));
        rankParams.add(String.join(" | ", stemTerms));
        return "ts_rank(" + WEIGHTS + ", exact, to_tsquery(" + CONFIG + ", ?)) + ts_rank(" + WEIGHTS
                + ", stems, to_tsquery(" + CONFIG + ", ?))";
    }

    private String term(SearchQuery.Term t, String exactColumn, String stemColumn) {
        params.add(exact(t));
        params.add(stems(t));
        return "(" + exactColumn + " @@ to_tsquery(" + CONFIG + ", ?) OR " + stemColumn + " @@ to_tsquery(" + CONFIG
                + ", ?))";
    }

    /** The words as a phrase of their exact forms; the last one a prefix while it is being typed. */
    static String exact(SearchQuery.Term t) {
        List<String> words = new ArrayList<>(t.words().stream().map(PostgresQuery::quote).toList());
        if (t.prefix() && !words.isEmpty()) {
            words.set(words.size() - 1, words.get(words.size() - 1) + ":*");
        }
        return "(" + String.join(" <-> ", words) + ")";
    }

    static String stems(SearchQuery.Term t) {
        return "(" + t.words().stream().map(w -> quote(CzechStemmer.stem(w))).collect(Collectors.joining(" <-> "))
                + ")";
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "''").replace("\\", "\\\\") + "'";
    }
}
