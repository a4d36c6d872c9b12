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

/** The batch writer on a SQLite file: foreign keys deferred by pragma, the FTS5 index of {@link SqliteSearchIndex}. */
final class SqliteBatchDialect implements BatchDialect {
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
