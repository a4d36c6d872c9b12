package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The child rows of an aggregate (aliases, roles, participants, topic links, history...). Reading one
 * record asks per owner; reading a whole table reads each child table once and groups it by owner,
 * so that a section of 100,000 statements costs a few queries, not one per row.
 */
abstract class ChildRows {
    /** One child table: the rows of an owner, in their saved order. */
    record Query<X>(String table, String ownerColumn, String orderColumn, Jdbc.RowMapper<X> mapper) {
        String forOwner() {
            return "SELECT * FROM " + table + " WHERE " + ownerColumn + " = ? ORDER BY " + orderColumn;
        }

        String forAll() {
            return "SELECT * FROM " + table + " ORDER BY " + ownerColumn + ", " + orderColumn;
        }

        /** The rows whose owner sorts after {@code after} (or from the first, with no such bound) up to a last one. */
        String forOwnerRange(boolean fromFirst) {
            return "SELECT * FROM " + table + " WHERE " + (fromFirst ? "" : ownerColumn + " > ? AND ") + ownerColumn
                    + " <= ? ORDER BY " + ownerColumn + ", " + orderColumn;
        }

        String forOwners(int count) {
            return "SELECT * FROM " + table + " WHERE " + ownerColumn + " IN (" + Jdbc.placeholders(count)
                    + ") ORDER BY " + ownerColumn + ", " + orderColumn;
        }
    }

    abstract <X> List<X> of(Query<X> query, UUID owner) throws SQLException;

    /** For a few records: one query per owner and child table. */
    static ChildRows perOwner(Connection c) {
        return new ChildRows() {
            @Override
            <X> List<X> of(Query<X> query, UUID owner) throws SQLException {
                return Jdbc.query(c, query.forOwner(), query.mapper(), owner);
            }
        };
    }

    /**
     * For a known set of records (a batch): each child table read once for all of them, on first use, so that a
     * batch of 500 records costs one query per child table rather than one per record.
     */
    static ChildRows some(Connection c, List<?> owners) {
        return readOnce(query -> grouped(c, query, query.forOwners(owners.size()), owners.toArray()));
    }

    /**
     * For a page of records in id order, from the one after {@code after} (null: the first) to {@code last}: each
     * child table read once by that range of its owner column, an index range rather than a list of a few hundred
     * bound ids.
     */
    static ChildRows range(Connection c, String after, String last) {
        Object[] bounds = after == null ? new Object[] {last} : new Object[] {after, last};
        return readOnce(query -> grouped(c, query, query.forOwnerRange(after == null), bounds));
    }

    @SuppressWarnings("unchecked")
    private static <X> Map<UUID, List<?>> grouped(Connection c, Query<X> query, String sql, Object... params)
            throws SQLException {
        Map<UUID, List<?>> grouped = new HashMap<>();
        Jdbc.query(c, sql, rs -> {
            UUID id = Jdbc.uuid(rs, query.ownerColumn());
            if (id != null) { // a row whose owner is not an id belongs to no record we can show
                ((List<X>) grouped.computeIfAbsent(id, k -> new ArrayList<X>())).add(query.mapper().map(rs));
            }
            return null;
        }, params);
        return grouped;
    }

    /** For a whole table: each child table read once, on first use. */
    static ChildRows whole(Connection c) {
        return readOnce(query -> grouped(c, query, query.forAll()));
    }

    /** How a child table is read for all the owners at once. */
    @FunctionalInterface
    private interface GroupedRead {
        Map<UUID, List<?>> read(Query<?> query) throws SQLException;
    }

    /** Each child table read once, on first use, by {@code reader}; then each owner's rows from memory. */
    private static ChildRows readOnce(GroupedRead reader) {
        return new ChildRows() {
            private final Map<Query<?>, Map<UUID, List<?>>> read = new HashMap<>();

            @Override
            @SuppressWarnings("unchecked")
            <X> List<X> of(Query<X> query, UUID owner) throws SQLException {
                Map<UUID, List<?>> byOwner = read.get(query);
                if (byOwner == null) {
                    byOwner = reader.read(query);
                    read.put(query, byOwner);
                }
                return (List<X>) byOwner.getOrDefault(owner, List.of());
            }
        };
    }
}
