package org.briefingdesk.bench.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.briefingdesk.bench.SearchBaselines;
import org.briefingdesk.logic.search.SearchQuery;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.persistence.postgres.PostgresQuery;

/**
 * The benchmark's baselines on a team server, through a connection of their own: the bare tsquery
 * match of the same conditions the index uses (ranked, no snippets or counts), ILIKE over the record
 * tables, and the sizes of the tables with and without the search table.
 */
public final class PostgresSearchBaselines implements SearchBaselines, AutoCloseable {

    private final Connection connection;

    /** @param password null for PGPASSWORD or ~/.pgpass */
    public PostgresSearchBaselines(ServerAddress address, String password) {
        Properties props = new Properties();
        props.setProperty("user", address.user());
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("stringtype", "unspecified");
        try {
            this.connection = DriverManager.getConnection(address.jdbcUrl(), props);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + address.displayName(), e);
        }
    }

    @Override
    public int rawFts(SearchQuery query, int limit) {
        PostgresQuery q = PostgresQuery.of(query, false);
        if (!q.ranked()) {
            return 0;
        }
        List<Object> params = new ArrayList<>();
        String rank = q.rank(params); // selected before WHERE: its parameters come first
        params.addAll(q.params());
        params.add(limit);
        return count("SELECT record_id, " + rank + " AS rank FROM search_document WHERE " + q.where()
                + " ORDER BY rank DESC LIMIT ?", params);
    }

    @Override
    public long likeScan(List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        long matches = 0;
        for (String[] table : LIKE_TEXTS) {
            String where = SearchBaselines.containsAll(table[1], words.size(), "ILIKE");
            List<Object> patterns = new ArrayList<>(words.stream().map(SearchBaselines::anywhere).toList());
            matches += count("SELECT id FROM " + table[0] + " WHERE " + where, patterns);
        }
        return matches;
    }

    /** The schema's tables with their indexes, and the same without the search table. */
    @Override
    public IndexSize indexSize() {
        long all = single("SELECT sum(pg_total_relation_size(c.oid))::bigint FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'");
        long index = single("SELECT pg_total_relation_size('search_document')");
        return new IndexSize(all, all - index);
    }

    private int count(String sql, List<Object> params) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof Integer n) {
                    s.setInt(i + 1, n);
                } else {
                    s.setString(i + 1, p == null ? null : p.toString());
                }
            }
            int rows = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("baseline query failed", e);
        }
    }

    private long single(String sql) {
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("size query failed", e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the benchmark is over
        }
    }
}
