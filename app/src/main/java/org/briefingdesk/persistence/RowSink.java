package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a repository's row writes go: run at once (a save from a form), or gathered and run as batches (the batch
 * writer, {@link BatchedRows}). The statements are the same either way.
 */
@FunctionalInterface
public interface RowSink {
    void add(String sql, Object... params) throws SQLException;

    /** Each row written as it comes. */
    static RowSink direct(Connection c) {
        return (sql, params) -> Jdbc.update(c, sql, params);
    }
}
