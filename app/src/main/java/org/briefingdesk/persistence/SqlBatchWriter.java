package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.briefingdesk.logic.records.RecordCopies;
import org.briefingdesk.logic.records.RecordDiff;
import org.briefingdesk.logic.search.SearchDocument;
import org.briefingdesk.logic.search.SearchDocuments;
import org.briefingdesk.logic.store.BatchWriter;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.Repository;
import org.briefingdesk.model.Audit;
import org.briefingdesk.model.ChangeEntry;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/**
 * The one path for writing many records, on either store: the records a batch replaces read in bulk, the
 * repositories' own row writers run as JDBC batches of reused prepared statements, references checked at commit (so
 * records may come in any order), the search documents built from the records just written and what they name read
 * in bulk ({@link BatchLinks}), and a history line per record (on a team server, what tells the other desks).
 */
final class SqlBatchWriter implements BatchWriter {
    /** Children before parents: a statement's speaker is refused deletion while the statement is there. */
    private static final List<RecordKind> DELETE_ORDER = List.of(RecordKind.COMMITMENT, RecordKind.STATEMENT,
            RecordKind.REPORT, RecordKind.EVENT, RecordKind.PERSON, RecordKind.ORGANISATION, RecordKind.TOPIC);

    private final SqlDatabase db;
    private final RecordStore store;
    private final Map<RecordKind, SqlRepository<? extends StoredRecord>> repositories;
    private final BatchDialect dialect;
    private BatchLinks links;
    /** The transaction the links were last used in. */
    private long linksTransaction = -1;
    /** The last transaction this writer began and saw committed: the links are still true right after it. */
    private long committedTransaction = -1;

    SqlBatchWriter(SqlDatabase db, RecordStore store,
                   Map<RecordKind, SqlRepository<? extends StoredRecord>> repositories,
                   BatchDialect dialect) {
        this.db = db;
        this.store = store;
        this.repositories = new EnumMap<>(repositories);
        this.dialect = dialect;
    }

    @Override
    public Outcome write(List<? extends StoredRecord> records, AuditMode audit) {
        dialect.checkWritable();
        long before = db.transactionSerial();
        Outcome outcome = dialect.inTransaction(c -> {
            dialect.deferReferences(c);
            Set<UUID> created = new HashSet<>();
            List<StoredRecord> replaced = new ArrayList<>();
            int unchanged = 0;
            // A record twice in one call is written twice, in order: each run holds an id once.
            Set<UUID> inRun = new HashSet<>();
            int start = 0;
            for (int i = 0; i <= records.size(); i++) {
                if (i == records.size() || !inRun.add(records.get(i).id())) {
                    if (i > start) {
                        unchanged += writeRun(c, records.subList(start, i), audit, created, replaced);
                    }
                    inRun.clear();
                    if (i < records.size()) {
                        inRun.add(records.get(i).id());
                    }
                    start = i;
                }
            }
            return new Outcome(created, replaced, unchanged);
        });
        if (db.transactionSerial() == before + 1) {
            committedTransaction = before + 1; // a transaction of its own, committed: not one joined that may roll back
        }
        return outcome;
    }

    /** Writes records with distinct ids; returns how many were left as they were. */
    private int writeRun(Connection c, List<? extends StoredRecord> records, AuditMode audit, Set<UUID> created,
                         List<StoredRecord> replaced) throws SQLException {
        BatchLinks known = links();
        Map<UUID, StoredRecord> before = stored(c, records);
        int unchanged = 0;
        List<StoredRecord> written = new ArrayList<>(records.size());
        List<Audit> stamps = new ArrayList<>(records.size());
        List<List<String>> changes = new ArrayList<>(records.size());
        for (StoredRecord record : records) {
            SqlRepository<StoredRecord> repository = repository(record.recordKind());
            StoredRecord old = before.get(record.id());
            List<String> changed = RecordDiff.changedFields(old, record);
            Audit stamp = audit == AuditMode.KEEP && record.audit().createdAt() != null
                    && record.audit().updatedAt() != null ? record.audit() : repository.stamped(old);
            if (old != null && changed.isEmpty() && (audit == AuditMode.STAMP || old.audit().equals(stamp))) {
                unchanged++;
                continue;
            }
            written.add(record);
            stamps.add(stamp);
            changes.add(changed);
        }
        for (StoredRecord record : written) {
            if (before.containsKey(record.id())) {
                repository(record.recordKind()).deleteChildren(c, record.id());
            }
        }
        BatchedRows rows = new BatchedRows();
        List<StoredRecord> stored = new ArrayList<>(written.size());
        Set<UUID> fresh = new HashSet<>();
        List<StoredRecord> replacedHere = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            StoredRecord record = written.get(i);
            Audit stamp = stamps.get(i);
            SqlRepository<StoredRecord> repository = repository(record.recordKind());
            StoredRecord old = before.get(record.id());
            repository.writeRow(rows, record, stamp);
            repository.logRow(rows, record.id(), old != null ? ChangeEntry.Action.UPDATE : ChangeEntry.Action.CREATE,
                    changes.get(i), stamp.updatedAt());
            StoredRecord now = record.audit().equals(stamp) ? record : RecordCopies.withAudit(record, stamp);
            known.remember(now);
            stored.add(now);
            if (old != null) {
                replaced.add(old);
                replacedHere.add(now);
            } else {
                created.add(now.id());
                fresh.add(now.id());
            }
        }
        rows.flush(c);
        index(c, stored, fresh);
        SearchDocuments documents = new SearchDocuments(store, known);
        Set<UUID> writtenIds = new HashSet<>();
        stored.forEach(r -> writtenIds.add(r.id()));
        Set<UUID> dependents = new LinkedHashSet<>();
        for (StoredRecord record : replacedHere) {
            documents.dependents(record).stream().filter(id -> !writtenIds.contains(id)).forEach(dependents::add);
        }
        reindex(c, dependents);
        return unchanged;
    }

    /** The stored versions of the records with these ids, each looked for in its kind's table. */
    private Map<UUID, StoredRecord> stored(Connection c, Collection<? extends StoredRecord> records)
            throws SQLException {
        Map<RecordKind, List<UUID>> ids = new EnumMap<>(RecordKind.class);
        for (StoredRecord record : records) {
            ids.computeIfAbsent(record.recordKind(), k -> new ArrayList<>()).add(record.id());
        }
        Map<UUID, StoredRecord> found = new HashMap<>();
        for (Map.Entry<RecordKind, List<UUID>> kind : ids.entrySet()) {
            SqlRepository<StoredRecord> repository = repository(kind.getKey());
            Set<UUID> existing = repository.existing(c, kind.getValue());
            if (!existing.isEmpty()) {
                found.putAll(repository.findByIds(c, existing));
            }
        }
        return found;
    }

    /** Index entries for records as stored, their links read in bulk first. */
    private void index(Connection c, List<StoredRecord> records, Set<UUID> fresh) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        BatchLinks known = links();
        known.prefetch(c, records);
        SearchDocuments documents = new SearchDocuments(store, known);
        List<SearchDocument> built = new ArrayList<>(records.size());
        for (StoredRecord record : records) {
            built.add(documents.build(record));
        }
        dialect.index(c, built, records, fresh);
    }

    /** Re-indexes records that mention written ones (a person renamed by an import: their statements). */
    private void reindex(Connection c, Collection<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        List<StoredRecord> records = new ArrayList<>();
        Set<UUID> left = new HashSet<>(ids);
        for (RecordKind kind : RecordKind.values()) {
            if (left.isEmpty()) {
                break;
            }
            Map<UUID, ? extends StoredRecord> found = repository(kind).findByIds(c, left);
            records.addAll(found.values());
            left.removeAll(found.keySet());
        }
        index(c, records, Set.of());
    }

    @Override
    public int delete(Collection<UUID> ids) {
        dialect.checkWritable();
        return dialect.inTransaction(c -> {
            BatchLinks known = links();
            SearchDocuments documents = new SearchDocuments(store, known);
            Set<UUID> deleted = new HashSet<>();
            Set<UUID> dependents = new LinkedHashSet<>();
            for (RecordKind kind : DELETE_ORDER) {
                SqlRepository<StoredRecord> repository = repository(kind);
                Set<UUID> left = new LinkedHashSet<>(ids);
                left.removeAll(deleted);
                Map<UUID, StoredRecord> found = repository.findByIds(c, left);
                for (UUID id : left) {
                    StoredRecord record = found.get(id);
                    if (record == null) {
                        continue;
                    }
                    dependents.addAll(documents.dependents(record));
                    repository.deleteRow(c, id);
                    known.forget(id);
                    deleted.add(id);
                }
            }
            dependents.removeAll(deleted);
            dialect.unindex(c, deleted);
            reindex(c, dependents);
            return deleted.size();
        });
    }

    /**
     * Indexes every record anew, kind by kind in pages in id order (memory holds a page and the names it links to,
     * not the file; an id another tool stored in capitals is read as well), inside the caller's transaction on
     * {@code c}, the index emptied before.
     */
    void reindexAll(Connection c) throws SQLException {
        for (RecordKind kind : RecordKind.values()) {
            String after = null;
            do {
                Repository.Page<StoredRecord> page = repository(kind).page(after, SqlRepository.IN_CHUNK);
                Set<UUID> ids = new HashSet<>();
                page.records().forEach(r -> ids.add(r.id()));
                index(c, page.records(), ids);
                after = page.next();
            } while (after != null);
        }
    }

    @Override
    public <T> T inOneTransaction(Supplier<T> work) {
        dialect.checkWritable();
        return dialect.inTransaction(c -> work.get());
    }

    /**
     * The names known so far: kept within a transaction, and from one batch to the next when no other transaction
     * came between them and the store has no other writer (a corpus or an import written batch by batch).
     */
    private BatchLinks links() {
        long now = db.transactionSerial();
        boolean following = dialect.soleWriter() && linksTransaction == committedTransaction
                && now == committedTransaction + 1;
        if (links == null || (linksTransaction != now && !following)) {
            links = new BatchLinks(store, repositories);
        }
        linksTransaction = now;
        return links;
    }

    @SuppressWarnings("unchecked")
    private SqlRepository<StoredRecord> repository(RecordKind kind) {
        return (SqlRepository<StoredRecord>) repositories.get(kind);
    }
}
