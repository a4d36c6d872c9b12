package org.briefingdesk.persistence.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.search.SearchDocument;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.persistence.BatchDialect;
import org.briefingdesk.persistence.SqlWork;

/**
 * The batch writer on a team server: a reader's desk is refused before anything is sent (the server refuses it too),
 * references deferred to the commit (the schema declares them deferrable), the index rows upserted in one batch.
 * Which records a role may write stays the server's decision: a row above its clearance fails the row-level
 * security check, and the whole transaction with it.
 */
final class PostgresBatchDialect implements BatchDialect {
    private final PostgresDatabase db;

    PostgresBatchDialect(PostgresDatabase db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        return db.inTransaction(work);
    }

    @Override
    public void checkWritable() {
        if (db.readOnly()) {
            throw new StoreException("error.server.reader", db.displayName());
        }
    }

    @Override
    public boolean soleWriter() {
        return false; // other users write the server at the same time
    }

    @Override
    public void deferReferences(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET CONSTRAINTS ALL DEFERRED");
        }
    }

    /** Upserts every entry: on a server another desk may have indexed a "fresh" id's record a moment ago. */
    @Override
    public void index(Connection c, List<SearchDocument> documents, List<StoredRecord> records, Set<UUID> fresh)
            throws SQLException {
        PostgresSearchIndex.writeAll(c, documents, records);
    }

    @Override
    public void unindex(Connection c, Collection<UUID> ids) throws SQLException {
        PostgresSearchIndex.removeAll(c, ids);
    }
}
