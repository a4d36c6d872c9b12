package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prepared statements kept per connection and reused: SQLite takes about as long to prepare a small
 * statement as to run it, and saving or searching one record runs dozens. A kept statement must
 * be reset after each use (closing a result set does it; {@link Jdbc#update} runs updates as a batch
 * for the same reason), or it would stay "in progress" and hold its transaction open. A statement
 * still in use (a query run from inside the row mapper of the same query) is never handed out twice:
 * the caller gets a fresh one, closed after use. {@link Database} serialises each connection's use,
 * so one connection's statements are only touched by one thread at a time.
 */
final class StatementCache {
    /** Enough for every fixed statement of the application; dynamic ones beyond it are not kept. */
    private static final int MAX_PER_CONNECTION = 512;
    private static final Map<Connection, Map<String, Slot>> CACHES = new ConcurrentHashMap<>();

    private StatementCache() {
    }

    private static final class Slot {
        private final PreparedStatement statement;
        private boolean inUse;

        Slot(PreparedStatement statement) {
            this.statement = statement;
        }
    }

    /** A statement to use once and then {@link Lease#close() give back}. */
    static final class Lease implements AutoCloseable {
        private final PreparedStatement statement;
        private final Slot slot;

        private Lease(PreparedStatement statement, Slot slot) {
            this.statement = statement;
            this.slot = slot;
        }

        PreparedStatement statement() {
            return statement;
        }

        @Override
        public void close() throws SQLException {
            if (slot == null || statement.isClosed()) {
                statement.close();
            } else {
                statement.clearParameters();
            }
            if (slot != null) {
                slot.inUse = false;
            }
        }
    }

    static Lease lease(Connection c, String sql) throws SQLException {
        Map<String, Slot> cache = CACHES.computeIfAbsent(c, k -> new HashMap<>());
        Slot slot = cache.get(sql);
        if (slot != null && !slot.inUse && !slot.statement.isClosed()) {
            slot.inUse = true;
            return new Lease(slot.statement, slot);
        }
        PreparedStatement statement = c.prepareStatement(sql);
        if (slot != null && slot.statement.isClosed()) {
            cache.remove(sql);
            slot = null;
        }
        if (slot == null && cache.size() < MAX_PER_CONNECTION) {
            Slot kept = new Slot(statement);
            kept.inUse = true;
            cache.put(sql, kept);
            return new Lease(statement, kept);
        }
        return new Lease(statement, null);
    }

    /** Closes and forgets a connection's statements; before the connection closes. */
    static void forget(Connection c) {
        Map<String, Slot> cache = CACHES.remove(c);
        if (cache == null) {
            return;
        }
        for (Slot slot : cache.values()) {
            try {
                slot.statement.close();
            } catch (SQLException ignored) {
                // closing the connection next releases it anyway
            }
        }
    }
}
