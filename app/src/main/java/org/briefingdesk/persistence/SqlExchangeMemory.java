package org.briefingdesk.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.store.ExchangeMemory;

/**
 * {@link ExchangeMemory} in the tables {@code exchange_base} and {@code exchange_alias}, the same SQL on a file and on
 * a team server; many rows are written as one JDBC batch (one round trip on a server).
 */
public final class SqlExchangeMemory implements ExchangeMemory {
    /** Past this many ids one scan of the table is cheaper than a look-up each. */
    private static final int SCAN_FROM = 2_000;
    private static final String UPSERT = "INSERT INTO exchange_base(record_id, version) VALUES (?, ?)"
            + " ON CONFLICT(record_id) DO UPDATE SET version = excluded.version";

    private final SqlDatabase db;

    public SqlExchangeMemory(SqlDatabase db) {
        this.db = db;
    }

    @Override
    public Map<UUID, Instant> versions(Collection<UUID> ids) {
        return db.read(c -> {
            Map<UUID, Instant> found = new HashMap<>();
            if (ids.size() >= SCAN_FROM) {
                Set<UUID> wanted = new HashSet<>(ids);
                Jdbc.query(c, "SELECT record_id, version FROM exchange_base", rs -> {
                    UUID id = Jdbc.uuid(rs, "record_id");
                    if (wanted.contains(id)) {
                        found.put(id, Jdbc.instant(rs, "version"));
                    }
                    return null;
                });
                return found;
            }
            List<UUID> all = new ArrayList<>(ids);
            for (int from = 0; from < all.size(); from += SqlRepository.IN_CHUNK) {
                List<UUID> chunk = all.subList(from, Math.min(all.size(), from + SqlRepository.IN_CHUNK));
                Jdbc.query(c, "SELECT record_id, version FROM exchange_base WHERE record_id IN ("
                        + Jdbc.placeholders(chunk.size()) + ")",
                        rs -> found.put(Jdbc.uuid(rs, "record_id"), Jdbc.instant(rs, "version")), chunk.toArray());
            }
            return found;
        });
    }

    @Override
    public void rememberVersions(Map<UUID, Instant> versions) {
        List<Object[]> rows = new ArrayList<>(versions.size());
        versions.forEach((id, version) -> rows.add(new Object[] {id, version}));
        db.inTransaction(c -> {
            Jdbc.batch(c, UPSERT, rows);
            return null;
        });
    }

    @Override
    public void rememberStoredVersions(Collection<UUID> ids) {
        List<UUID> all = new ArrayList<>(ids);
        db.inTransaction(c -> {
            for (int from = 0; from < all.size(); from += SqlRepository.IN_CHUNK) {
                List<UUID> chunk = all.subList(from, Math.min(all.size(), from + SqlRepository.IN_CHUNK));
                for (String table : RecordTables.TABLES.values()) {
                    Jdbc.update(c, "INSERT INTO exchange_base(record_id, version) SELECT id, updated_at FROM " + table
                            + " WHERE id IN (" + Jdbc.placeholders(chunk.size()) + ")"
                            + " ON CONFLICT(record_id) DO UPDATE SET version = excluded.version", chunk.toArray());
                }
            }
            return null;
        });
    }

    @Override
    public void rememberAllStoredVersions() {
        db.inTransaction(c -> {
            for (String table : RecordTables.TABLES.values()) {
                Jdbc.update(c, "INSERT INTO exchange_base(record_id, version) SELECT id, updated_at FROM " + table
                        + " WHERE true ON CONFLICT(record_id) DO UPDATE SET version = excluded.version");
            }
            return null;
        });
    }

    @Override
    public void forgetVersions(Collection<UUID> ids) {
        db.inTransaction(c -> {
            Jdbc.batch(c, "DELETE FROM exchange_base WHERE record_id = ?", singles(ids));
            return null;
        });
    }

    @Override
    public Map<UUID, UUID> aliases() {
        return db.read(c -> {
            Map<UUID, UUID> out = new HashMap<>();
            Jdbc.query(c, "SELECT foreign_id, local_id FROM exchange_alias", rs -> out.put(
                    Jdbc.uuid(rs, "foreign_id"), Jdbc.uuid(rs, "local_id")));
            return out;
        });
    }

    @Override
    public void rememberAliases(Map<UUID, UUID> foreignToLocal) {
        List<Object[]> rows = new ArrayList<>(foreignToLocal.size());
        foreignToLocal.forEach((foreign, local) -> rows.add(new Object[] {foreign, local}));
        db.inTransaction(c -> {
            Jdbc.batch(c, "INSERT INTO exchange_alias(foreign_id, local_id) VALUES (?, ?)"
                    + " ON CONFLICT(foreign_id) DO UPDATE SET local_id = excluded.local_id", rows);
            return null;
        });
    }

    @Override
    public void forgetAliases(Collection<UUID> foreignIds) {
        db.inTransaction(c -> {
            Jdbc.batch(c, "DELETE FROM exchange_alias WHERE foreign_id = ?", singles(foreignIds));
            return null;
        });
    }

    private static List<Object[]> singles(Collection<UUID> ids) {
        return ids.stream().map(id -> new Object[] {id}).toList();
    }
}
