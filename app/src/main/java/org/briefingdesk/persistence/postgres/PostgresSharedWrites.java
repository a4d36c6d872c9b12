package org.briefingdesk.persistence.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.logic.store.VersionConflictException;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.persistence.BatchedRows;
import org.briefingdesk.persistence.SharedWrites;

/**
 * Saving where a department writes at once. A record's version is its {@code updated_at}: a form
 * keeps the audit of the version it opened, and a save over any other version is refused with both
 * versions (the row is locked as it is read, so two saves cannot both pass the check). Every version gets
 * a later stamp than the one it replaces. The other desks hear of each change on {@link #CHANNEL} once it is
 * committed (see {@link PostgresDatabase#announcement()}).
 */
final class PostgresSharedWrites implements SharedWrites {
    /** The LISTEN/NOTIFY channel; the payload is the changed record's kind only, never its id or text. */
    static final String CHANNEL = "briefing_desk_changes";

    private final PostgresDatabase db;

    PostgresSharedWrites(PostgresDatabase db) {
        this.db = db;
    }

    @Override
    public void checkWritable() {
        if (db.readOnly()) {
            throw new StoreException("error.server.reader", db.displayName());
        }
    }

    @Override
    public String lockClause() {
        return " FOR UPDATE";
    }

    @Override
    public void check(StoredRecord stored, StoredRecord incoming) {
        Instant seen = incoming.audit().updatedAt();
        if (seen != null && !seen.equals(stored.audit().updatedAt())) {
            throw new VersionConflictException(incoming, stored);
        }
    }

    /**
     * The rows of one save go as one execution of several statements (pgjdbc sends them in one round trip), and
     * with them the COMMIT when nothing else follows in the transaction, and after it the announcement of the
     * change: the save returns once the server has committed it, as with a separate COMMIT, one round trip sooner.
     */
    @Override
    public void send(Connection c, BatchedRows rows, boolean last) throws SQLException {
        if (!last || !db.outermostTransaction()) {
            rows.flushTogether(c, null);
            return;
        }
        String announcement = db.announcement();
        rows.flushTogether(c, announcement == null ? "COMMIT" : "COMMIT;\n" + announcement);
    }

    @Override
    public void changed(RecordKind kind) {
        db.changed(kind);
    }

    @Override
    public Instant stamp(Instant now, StoredRecord stored) {
        if (stored == null || stored.audit().updatedAt() == null || now.isAfter(stored.audit().updatedAt())) {
            return now;
        }
        return stored.audit().updatedAt().plusMillis(1);
    }
}
