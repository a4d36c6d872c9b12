package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.records.RecordCopies;
import org.briefingdesk.logic.records.RecordDiff;
import org.briefingdesk.logic.search.SearchDocument;
import org.briefingdesk.logic.search.SearchDocuments;
import org.briefingdesk.logic.store.BatchWriter;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Audit;
import org.briefingdesk.model.ChangeEntry;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/**
 * The one path for writing many records into SQLite: the repositories' own row writers on reused prepared
 * statements, foreign keys checked at commit (so records may come in any order), the search documents built from
 * the records just written ({@link BatchLinks}) and their index rows added in one pass, a history line per record.
 */
final class SqliteBatchWriter implements BatchWriter {
    /** Children before parents: a statement's speaker is refused deletion while the statement is there. */
    private static final List<RecordKind> DELETE_ORDER = List.of(RecordKind.COMMITMENT, RecordKind.STATEMENT,
            RecordKind.REPORT, RecordKind.EVENT, RecordKind.PERSON, RecordKind.ORGANISATION, RecordKind.TOPIC);

    private final Database db;
    private final RecordStore store;
    private final Map<RecordKind, SqlRepository<? extends StoredRecord>> repositories;
    private final SqliteSearchIndex index;
    private BatchLinks links;
    private long linksTransaction = -1;

    SqliteBatchWriter(Database db, RecordStore store,
                      Map<RecordKind, SqlRepository<? extends StoredRecord>> repositories, SqliteSearchIndex index) {
        this.db = db;
        this.store = store;
        this.repositories = new EnumMap<>(repositories);
        this.index = index;
    }

    @Override
    public Outcome write(List<? extends StoredRecord> records, AuditMode audit) {
        if (db.readOnly()) {
            throw new org.briefingdesk.logic.store.StoreException("error.db.readOnly", db.file());
        }
        return db.inTransaction(c -> {
            deferForeignKeys(c);
            BatchLinks known = links();
            SearchDocuments documents = new SearchDocuments(store, known);
            int unchanged = 0;
            List<StoredRecord> written = new ArrayList<>(records.size());
            List<StoredRecord> replaced = new ArrayList<>();
            Set<UUID> fresh = new HashSet<>();
            for (StoredRecord record : records) {
                SqlRepository<StoredRecord> repository = repository(record.recordKind());
                Optional<StoredRecord> before = repository.exists(c, record.id())
                        ? repository.findById(record.id()) : Optional.empty();
                List<String> changed = RecordDiff.changedFields(before.orElse(null), record);
                Audit stamp = audit == AuditMode.KEEP && record.audit().createdAt() != null
                        && record.audit().updatedAt() != null ? record.audit() : repository.stamped(before.orElse(null));
                if (before.isPresent() && changed.isEmpty()
                        && (audit == AuditMode.STAMP || before.get().audit().equals(stamp))) {
                    unchanged++;
                    continue;
                }
                repository.writeRow(c, record, stamp, before.isPresent());
                repository.log(c, record.id(), before.isPresent() ? ChangeEntry.Action.UPDATE
                        : ChangeEntry.Action.CREATE, changed, stamp.updatedAt());
                StoredRecord stored = record.audit().equals(stamp) ? record : RecordCopies.withAudit(record, stamp);
                known.remember(stored);
                written.add(stored);
                if (before.isPresent()) {
                    replaced.add(stored);
                } else {
                    fresh.add(stored.id());
                }
            }
            List<SearchDocument> built = new ArrayList<>(written.size());
            for (StoredRecord record : written) {
                built.add(documents.build(record));
            }
            SqliteSearchIndex.writeAll(c, built, fresh);
            Set<UUID> dependents = new LinkedHashSet<>();
            Set<UUID> writtenIds = new HashSet<>();
            written.forEach(r -> writtenIds.add(r.id()));
            for (StoredRecord record : replaced) {
                documents.dependents(record).stream().filter(id -> !writtenIds.contains(id)).forEach(dependents::add);
            }
            index.reindexAll(c, dependents);
            return new Outcome(fresh.size(), replaced.size(), unchanged);
        });
    }

    @Override
    public int delete(Collection<UUID> ids) {
        if (db.readOnly()) {
            throw new org.briefingdesk.logic.store.StoreException("error.db.readOnly", db.file());
        }
        return db.inTransaction(c -> {
            BatchLinks known = links();
            SearchDocuments documents = new SearchDocuments(store, known);
            Set<UUID> deleted = new HashSet<>();
            Set<UUID> dependents = new LinkedHashSet<>();
            for (RecordKind kind : DELETE_ORDER) {
                SqlRepository<StoredRecord> repository = repository(kind);
                for (UUID id : ids) {
                    if (deleted.contains(id) || !repository.exists(c, id)) {
                        continue;
                    }
                    repository.findById(id).ifPresent(r -> dependents.addAll(documents.dependents(r)));
                    repository.deleteRow(c, id);
                    known.forget(id);
                    deleted.add(id);
                }
            }
            dependents.removeAll(deleted);
            SqliteSearchIndex.removeAll(c, deleted);
            index.reindexAll(c, dependents);
            return deleted.size();
        });
    }

    private BatchLinks links() {
        if (links == null || linksTransaction != db.transactionSerial()) {
            links = new BatchLinks(store);
            linksTransaction = db.transactionSerial();
        }
        return links;
    }

    @SuppressWarnings("unchecked")
    private SqlRepository<StoredRecord> repository(RecordKind kind) {
        return (SqlRepository<StoredRecord>) repositories.get(kind);
    }

    /** References are checked when the transaction commits, not row by row. */
    private static void deferForeignKeys(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA defer_foreign_keys = ON");
        }
    }
}
