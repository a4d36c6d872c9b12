package org.briefingdesk.persistence.postgres;

import java.util.ArrayList;
import java.util.List;
import org.briefingdesk.logic.search.SearchQuery;
import org.briefingdesk.logic.store.SearchBaselines;
import org.briefingdesk.persistence.Jdbc;

/** The benchmark's baselines on the server: the bare tsquery match, ILIKE over the record tables, table sizes. */
final class PostgresSearchBaselines implements SearchBaselines {
    private static final List<String[]> TEXTS = List.of(
            new String[] {"event", "title || ' ' || summary || ' ' || city"},
            new String[] {"report", "title || ' ' || body || ' ' || outcomes"},
            new String[] {"person", "given_name || ' ' || family_name || ' ' || notes"},
            new String[] {"organisation", "name || ' ' || abbreviation || ' ' || notes"},
            new String[] {"statement", "text || ' ' || translation"},
            new String[] {"commitment", "text"},
            new String[] {"topic", "name || ' ' || name_en || ' ' || description"});

    private final PostgresDatabase db;

    PostgresSearchBaselines(PostgresDatabase db) {
        this.db = db;
    }

    @Override
    public int rawFts(SearchQuery query, int limit) {
        PostgresQuery q = PostgresQuery.of(query, false);
        if (!q.ranked()) {
            return 0;
        }
        List<Object> params = new ArrayList<>();
        String rank = q.rank(params);
        params.addAll(q.params());
        params.add(limit);
        // The rank is selected before WHERE, so its parameters come first, as added.
        return db.read(c -> Jdbc.query(c, "SELECT record_id, " + rank + " AS rank FROM search_document WHERE "
                + q.where() + " ORDER BY rank DESC LIMIT ?", rs -> 1, params.toArray()).size());
    }

    @Override
    public long likeScan(List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        return db.read(c -> {
            long matches = 0;
            for (String[] table : TEXTS) {
                String where = String.join(" AND ", words.stream()
                        .map(w -> "(" + table[1] + ") ILIKE ? ESCAPE '\\'").toList());
                Object[] patterns = words.stream().map(w -> "%" + escape(w) + "%").toArray();
                matches += Jdbc.query(c, "SELECT id FROM " + table[0] + " WHERE " + where, rs -> 1, patterns).size();
            }
            return matches;
        });
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The record tables with and without the search table and its indexes, as the server keeps them. */
    @Override
    public IndexSize indexSize() {
        long all = db.read(c -> Jdbc.count(c, "SELECT sum(pg_total_relation_size(c.oid))::bigint FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
                + " AND c.relkind = 'r'"));
        long index = db.read(c -> Jdbc.count(c, "SELECT pg_total_relation_size('search_document')"));
        return new IndexSize(all, all - index);
    }
}
