package org.briefingdesk.persistence;

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

/**
 * The batch writer on a SQLite file: statement journals in memory, foreign keys deferred by pragma, the FTS5 index of
 * {@link SqliteSearchIndex}.
 */
final class SqliteBatchDialect implements BatchDialect {
    /** {@code PRAGMA temp_store}'s value for temporary files kept in memory. */
    static final int TEMP_STORE_MEMORY = 2;

    private final Database db;

    SqliteBatchDialect(Database db) {
        this.db = db;
    }

    @Override
    public void checkWritable() {
        if (db.readOnly()) {
            throw new StoreException("error.db.readOnly", db.file());
        }
    }

    @Override
    public boolean soleWriter() {
        return true; // a writable file is held by its writer lock
    }

    /**
     * Past 64 KiB SQLite writes a statement's journal (the pages it changes, kept to undo that statement alone) to a
     * temporary file, a system call per page: two thirds of a batch's writes. In memory it holds one statement's
     * pages and is dropped when the statement ends; nothing durable lives there. It is chosen as the transaction
     * begins and put back after, so that a large sort elsewhere still spills to a file rather than to memory.
     */
    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        if (!db.read(Connection::getAutoCommit)) {
            return db.inTransaction(work); // joins the caller's transaction, begun with its own journals
        }
        int before = db.read(c -> Jdbc.queryOne(c, "PRAGMA temp_store", rs -> rs.getInt(1)).orElse(0));
        db.read(c -> setTempStore(c, TEMP_STORE_MEMORY));
        try {
            return db.inTransaction(work);
        } finally {
            db.read(c -> setTempStore(c, before));
        }
    }

    private static Void setTempStore(Connection c, int value) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA temp_store = " + value);
        }
        return null;
    }

    @Override
    public void deferReferences(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA defer_foreign_keys = ON");
        }
    }

    @Override
    public void index(Connection c, List<SearchDocument> documents, List<StoredRecord> records, Set<UUID> fresh)
            throws SQLException {
        SqliteSearchIndex.writeAll(c, documents, fresh);
    }

    @Override
    public void unindex(Connection c, Collection<UUID> ids) throws SQLException {
        SqliteSearchIndex.removeAll(c, ids);
    }
}
