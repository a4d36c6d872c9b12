package org.briefingdesk.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.briefingdesk.logic.store.ExchangeMemory;

/** {@link ExchangeMemory} in the tables {@code exchange_base} and {@code exchange_alias}. */
final class SqliteExchangeMemory implements ExchangeMemory {
    /** Past this many ids one scan of the table is cheaper than a look-up each. */
    private static final int SCAN_FROM = 2_000;

    private final Database db;

    SqliteExchangeMemory(Database db) {
        this.db = db;
    }

    @Override
    public Map<UUID, String> bases(Collection<UUID> ids) {
        return db.read(c -> {
            Map<UUID, String> found = new HashMap<>();
            if (ids.size() >= SCAN_FROM) {
                java.util.Set<UUID> wanted = new java.util.HashSet<>(ids);
                Jdbc.query(c, "SELECT record_id, fingerprint FROM exchange_base", rs -> {
                    UUID id = UUID.fromString(rs.getString(1));
                    if (wanted.contains(id)) {
                        found.put(id, rs.getString(2));
                    }
                    return null;
                });
                return found;
            }
            for (UUID id : ids) {
                Jdbc.queryOne(c, "SELECT fingerprint FROM exchange_base WHERE record_id = ?", rs -> rs.getString(1), id)
                        .ifPresent(f -> found.put(id, f));
            }
            return found;
        });
    }

    @Override
    public void rememberBases(Map<UUID, String> fingerprints) {
        db.inTransaction(c -> {
            for (Map.Entry<UUID, String> e : fingerprints.entrySet()) {
                Jdbc.update(c, "INSERT INTO exchange_base(record_id, fingerprint) VALUES (?, ?)"
                        + " ON CONFLICT(record_id) DO UPDATE SET fingerprint = excluded.fingerprint", e.getKey(), e.getValue());
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
                        + " ON CONFLICT(foreign_id) DO UPDATE SET local_id = excluded.local_id", e.getKey(), e.getValue());
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
