package org.briefingdesk.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.records.Instants;
import org.briefingdesk.logic.store.ExchangeMemory;

/** {@link ExchangeMemory} in the tables {@code exchange_base} and {@code exchange_alias}. */
final class SqliteExchangeMemory implements ExchangeMemory {
    /** Past this many ids one scan of the table is cheaper than a look-up each. */
    private static final int SCAN_FROM = 2_000;
    private static final String UPSERT = "INSERT INTO exchange_base(record_id, version) VALUES (?, ?)"
            + " ON CONFLICT(record_id) DO UPDATE SET version = excluded.version";

    private final Database db;

    SqliteExchangeMemory(Database db) {
        this.db = db;
    }

    @Override
    public Map<UUID, Instant> versions(Collection<UUID> ids) {
        return db.read(c -> {
            Map<UUID, Instant> found = new HashMap<>();
            if (ids.size() >= SCAN_FROM) {
                Set<UUID> wanted = new HashSet<>(ids);
                Jdbc.query(c, "SELECT record_id, version FROM exchange_base", rs -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    if (wanted.contains(id)) {
                        found.put(id, Instants.parse(rs.getString(2)));
                    }
                    return null;
                });
                return found;
            }
            for (UUID id : ids) {
                Jdbc.queryOne(c, "SELECT version FROM exchange_base WHERE record_id = ?", rs -> rs.getString(1), id)
                        .ifPresent(v -> found.put(id, Instants.parse(v)));
            }
            return found;
        });
    }

    @Override
    public void rememberVersions(Map<UUID, Instant> versions) {
        db.inTransaction(c -> {
            for (Map.Entry<UUID, Instant> e : versions.entrySet()) {
                Jdbc.update(c, UPSERT, e.getKey(), e.getValue());
            }
            return null;
        });
    }

    @Override
    public void rememberStoredVersions(Collection<UUID> ids) {
        db.inTransaction(c -> {
            for (UUID id : ids) {
                for (String table : RecordTables.TABLES.values()) {
                    Jdbc.update(c, "INSERT INTO exchange_base(record_id, version) SELECT id, updated_at FROM " + table
                            + " WHERE id = ? ON CONFLICT(record_id) DO UPDATE SET version = excluded.version", id);
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
            for (UUID id : ids) {
                Jdbc.update(c, "DELETE FROM exchange_base WHERE record_id = ?", id);
            }
            return null;
        });
    }

    @Override
    public Map<UUID, UUID> aliases() {
        return db.read(c -> {
            Map<UUID, UUID> out = new HashMap<>();
            Jdbc.query(c, "SELECT foreign_id, local_id FROM exchange_alias", rs -> out.put(
                    UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2))));
            return out;
        });
    }

    @Override
    public void rememberAliases(Map<UUID, UUID> foreignToLocal) {
        db.inTransaction(c -> {
            for (Map.Entry<UUID, UUID> e : foreignToLocal.entrySet()) {
                Jdbc.update(c, "INSERT INTO exchange_alias(foreign_id, local_id) VALUES (?, ?)"
                        + " ON CONFLICT(foreign_id) DO UPDATE SET local_id = excluded.local_id",
                        e.getKey(), e.getValue());
            }
            return null;
        });
    }

    @Override
    public void forgetAliases(Collection<UUID> foreignIds) {
        db.inTransaction(c -> {
            for (UUID id : foreignIds) {
                Jdbc.update(c, "DELETE FROM exchange_alias WHERE foreign_id = ?", id);
            }
            return null;
        });
    }
}
