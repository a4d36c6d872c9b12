package org.briefingdesk.persistence.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.logic.store.VersionConflictException;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.persistence.Jdbc;
import org.briefingdesk.persistence.SharedWrites;

/**
 * Saving where a department writes at once. A record's version is its {@code updated_at}: a form
 * keeps the audit of the version it opened, and a save over any other version is refused with both
 * versions (the row is locked first, so two saves cannot both pass the check). Every version gets
 * a later stamp than the one it replaces, and each change is announced on {@link #CHANNEL}.
 */
final class PostgresSharedWrites implements SharedWrites {
    /** The LISTEN/NOTIFY channel; the payload is the changed record's kind only, never its id or text. */
    static final String CHANNEL = "briefing_desk_changes";

    private final PostgresDatabase db;

    PostgresSharedWrites(PostgresDatabase db) {
        this.db = db;
    }

    @Override
    public void lock(Connection c, String table, UUID id) throws SQLException {
        if (db.readOnly()) {
            throw new StoreException("error.server.reader", db.displayName());
        }
        Jdbc.query(c, "SELECT 1 FROM " + table + " WHERE id = ? FOR UPDATE", rs -> null, id);
    }

    @Override
    public void check(StoredRecord stored, StoredRecord incoming) {
        Instant seen = incoming.audit().updatedAt();
        if (seen != null && !seen.equals(stored.audit().updatedAt())) {
            throw new VersionConflictException(incoming, stored);
        }
    }

    @Override
    public Instant stamp(Instant now, StoredRecord stored) {
        if (stored == null || stored.audit().updatedAt() == null || now.isAfter(stored.audit().updatedAt())) {
            return now;
        }
        return stored.audit().updatedAt().plusMillis(1);
    }

    @Override
    public void changed(Connection c, RecordKind kind, UUID id) throws SQLException {
        Jdbc.query(c, "SELECT pg_notify(?, ?)", rs -> null, CHANNEL, kind.name());
    }
}
