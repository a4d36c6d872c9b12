package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
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
}
