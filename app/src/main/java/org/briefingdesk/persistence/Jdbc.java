package org.briefingdesk.persistence;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.briefingdesk.logic.records.Instants;
import org.briefingdesk.model.Sensitivity;

/**
 * Prepared statements with typed parameters: user text is always a bound value, never SQL. Values
 * go in as text (ids, dates, times) or numbers, so the same calls work on SQLite and on PostgreSQL
 * (whose connection takes untyped text for uuid, date and timestamptz columns).
 */
public final class Jdbc {
    private Jdbc() {
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (StatementCache.Lease lease = StatementCache.lease(c, sql)) {
            PreparedStatement ps = lease.statement();
            bind(ps, params);
            // A batch of one, not executeUpdate: sqlite-jdbc resets a statement after a batch, but leaves
            // it active after executeUpdate, which would keep a reused statement "in progress"
            // (VACUUM refuses, and an implicit transaction could stay open).
            ps.addBatch();
            try {
                return ps.executeBatch()[0];
            } catch (BatchUpdateException e) {
                ps.clearBatch();
                throw e.getCause() instanceof SQLException cause ? cause : e;
            }
        }
    }

    /**
     * Runs one statement for each row of parameters as a JDBC batch on one prepared statement: on a server the
     * rows travel together instead of one round trip each.
     */
    public static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (StatementCache.Lease lease = StatementCache.lease(c, sql)) {
            PreparedStatement ps = lease.statement();
            try {
                for (Object[] row : rows) {
                    bind(ps, row);
                    ps.addBatch();
                }
                ps.executeBatch();
            } catch (BatchUpdateException e) {
                ps.clearBatch();
                throw e.getNextException() != null ? e.getNextException()
                        : e.getCause() instanceof SQLException cause ? cause : e;
            }
        }
    }

    /**
     * Runs {@code sql} once with a statement of its own, not kept for reuse: for SQL that changes with its rows (the
     * statements of one save sent together).
     */
    public static void executeOnce(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.execute();
        }
    }

    /** "?, ?, ?" for an IN list of {@code count} values. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    public static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        try (StatementCache.Lease lease = StatementCache.lease(c, sql)) {
            PreparedStatement ps = lease.statement();
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        }
    }

    public static <T> Optional<T> queryOne(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        List<T> rows = query(c, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    public static long count(Connection c, String sql, Object... params) throws SQLException {
        return queryOne(c, sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int index = i + 1;
            if (p == null) {
                ps.setNull(index, Types.NULL);
            } else if (p instanceof String s) {
                ps.setString(index, s);
            } else if (p instanceof Integer n) {
                ps.setInt(index, n);
            } else if (p instanceof Long n) {
                ps.setLong(index, n);
            } else if (p instanceof Boolean b) {
                ps.setBoolean(index, b);
            } else if (p instanceof UUID || p instanceof LocalDate || p instanceof Instant) {
                ps.setString(index, p.toString());
            } else if (p instanceof Enum<?> e) {
                ps.setString(index, e.name());
            } else if (p instanceof byte[] bytes) {
                ps.setBytes(index, bytes);
            } else if (p instanceof Double n) {
                ps.setDouble(index, n);
            } else {
                throw new IllegalArgumentException("cannot bind " + p.getClass());
            }
        }
    }

    /*
     * The readers below never fail on a stored value that is not of its type (another tool may have
     * written it): it reads as empty, and StoredValues logs where it is, never what it is.
     */

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        if (s == null) {
            return null;
        }
        if (s.length() == 36) { // what StoredValues.isUuid accepts, parsed once rather than twice
            try {
                return UUID.fromString(s);
            } catch (IllegalArgumentException e) {
                // not an id: reported below
            }
        }
        StoredValues.reportUnreadable(rs, column);
        return null;
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            StoredValues.reportUnreadable(rs, column);
            return null;
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value instanceof Timestamp t) {
            return t.toInstant(); // PostgreSQL's timestamptz
        }
        try {
            return value == null ? null : Instants.parse(value.toString());
        } catch (DateTimeParseException e) {
            StoredValues.reportUnreadable(rs, column);
            return null;
        }
    }

    /** Closes and forgets the statements kept for a connection; before the connection closes. */
    public static void forget(Connection c) {
        StatementCache.forget(c);
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer || value instanceof Long)) {
            StoredValues.reportUnreadable(rs, column);
            return null;
        }
        return ((Number) value).intValue();
    }

    public static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        String s = rs.getString(column);
        try {
            return s == null ? null : Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            StoredValues.reportUnreadable(rs, column);
            return null;
        }
    }

    /**
     * A record's sensitivity; one that is missing or does not read is the most restrictive, so that a
     * pack limited to public records never takes in a record of unknown sensitivity.
     */
    public static Sensitivity sensitivity(ResultSet rs) throws SQLException {
        Sensitivity value = enumValue(rs, "sensitivity", Sensitivity.class);
        return value == null ? Sensitivity.SENSITIVE : value;
    }
}
