package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Row writes gathered per statement and run as JDBC batches, each statement's rows in the order they came and the
 * statements in the order each was first used: a record's main row goes before its child rows. Only for inserts and
 * upserts whose order between statements does not matter otherwise; deletes run before, at once.
 */
public final class BatchedRows implements RowSink {
    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

    @Override
    public void add(String sql, Object... params) {
        rows.computeIfAbsent(sql, k -> new ArrayList<>()).add(params);
    }

    /** Runs everything gathered, then forgets it. */
    public void flush(Connection c) throws SQLException {
        for (Map.Entry<String, List<Object[]>> statement : rows.entrySet()) {
            Jdbc.batch(c, statement.getKey(), statement.getValue());
        }
        rows.clear();
    }

    /**
     * Runs everything gathered as one execution of several statements, then {@code ending} if given (a COMMIT), in
     * one round trip: for a driver that takes several statements in one prepared statement (pgjdbc), and for the few
     * rows of one save, not for a batch of thousands.
     */
    public void flushTogether(Connection c, String ending) throws SQLException {
        List<String> sql = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Map.Entry<String, List<Object[]>> statement : rows.entrySet()) {
            for (Object[] row : statement.getValue()) {
                sql.add(statement.getKey());
                params.addAll(Arrays.asList(row));
            }
        }
        if (ending != null) {
            sql.add(ending);
        }
        rows.clear();
        if (!sql.isEmpty()) {
            Jdbc.executeOnce(c, String.join(";\n", sql), params.toArray());
        }
    }
}
