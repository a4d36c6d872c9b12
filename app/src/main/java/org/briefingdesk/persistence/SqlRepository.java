package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.records.RecordCopies;
import org.briefingdesk.logic.records.RecordDiff;
import org.briefingdesk.logic.store.Repository;
import org.briefingdesk.model.Audit;
import org.briefingdesk.model.ChangeEntry;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/**
 * What every record table shares: the upsert of the main row with its audit columns, replacing the
 * aggregate's child rows, and the change-history line, all in one transaction. A subclass names its
 * columns and maps its rows. The SQL runs unchanged on SQLite and PostgreSQL.
 */
abstract class SqlRepository<T extends StoredRecord> implements Repository<T> {
    /** Ids per {@code IN (...)} list: well within SQLite's and PostgreSQL's limits on parameters. */
    static final int IN_CHUNK = 500;
    protected final SqlDatabase db;
    private final AuditContext auditContext;
    private final SharedWrites shared;
    private final String table;
    private final RecordKind kind;
    private final String upsertSql;
    private IndexWriter index;

    SqlRepository(SqlContext context, String table, RecordKind kind, List<String> columns) {
        this.db = context.db();
        this.auditContext = context.audit();
        this.shared = context.shared();
        this.table = table;
        this.kind = kind;
        this.upsertSql = upsertSql(table, columns);
    }

    private static String upsertSql(String table, List<String> columns) {
        List<String> all = new ArrayList<>(List.of("id"));
        all.addAll(columns);
        all.addAll(List.of("sensitivity", "sources", "created_at", "created_by", "updated_at", "updated_by"));
        List<String> updated = new ArrayList<>(columns);
        updated.addAll(List.of("sensitivity", "sources", "updated_at", "updated_by"));
        return "INSERT INTO " + table + "(" + String.join(", ", all) + ") VALUES ("
                + String.join(", ", all.stream().map(c -> "?").toList()) + ") ON CONFLICT(id) DO UPDATE SET "
                + String.join(", ", updated.stream().map(c -> c + " = excluded." + c).toList());
    }

    /** Keeps the search index in step with this table, in the same transactions. */
    void attach(IndexWriter searchIndex) {
        this.index = searchIndex;
    }

    /** The values of the columns named to the constructor, in order. */
    abstract Object[] values(T record);

    /** The record from its main row, with its child rows from {@code children}. */
    abstract T map(ResultSet row, RecordInfo info, ChildRows children) throws SQLException;

    /** Writes the aggregate's child rows (the old ones are already gone). */
    abstract void writeChildren(RowSink rows, T record) throws SQLException;

    /** Deletes the aggregate's child rows before they are written anew. */
    abstract void deleteChildren(Connection c, UUID id) throws SQLException;

    @Override
    public Optional<T> findById(UUID id) {
        return db.read(c -> Jdbc.queryOne(c, "SELECT * FROM " + table + " WHERE id = ?",
                rs -> mapRow(rs, ChildRows.perOwner(c)), id));
    }

    @Override
    public List<T> findAll() {
        return db.read(c -> {
            ChildRows children = ChildRows.whole(c);
            return identified(Jdbc.query(c, "SELECT * FROM " + table, rs -> mapRow(rs, children)));
        });
    }

    @Override
    public Page<T> page(String after, int limit) {
        int size = Math.max(1, Math.min(limit, IN_CHUNK));
        return db.read(c -> {
            // Stored ids as SQLite has them (bound as text, so a stored id that is not lower case still finds its
            // child rows); the page's records come in the order of the table's primary key.
            List<String> stored = new ArrayList<>(size);
            List<T> records = new ArrayList<>(size);
            String where = after == null ? " WHERE id IS NOT NULL" : " WHERE id > ?";
            Jdbc.query(c, "SELECT id FROM " + table + where + " ORDER BY id LIMIT " + size,
                    rs -> stored.add(rs.getString(1)), after == null ? new Object[0] : new Object[] {after});
            if (stored.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            // The page's rows and their child rows by the range of its ids, in the same order.
            String last = stored.get(stored.size() - 1);
            ChildRows children = ChildRows.range(c, after, last);
            String range = after == null ? " WHERE id <= ?" : " WHERE id > ? AND id <= ?";
            Jdbc.query(c, "SELECT * FROM " + table + range + " ORDER BY id", rs -> {
                T record = mapRow(rs, children);
                if (record.id() != null) {
                    records.add(record);
                }
                return null;
            }, after == null ? new Object[] {last} : new Object[] {after, last});
            return new Page<>(records, stored.size() < size ? null : stored.get(stored.size() - 1));
        });
    }

    @Override
    public boolean storedIdsInCanonicalForm() {
        return db.read(c -> Jdbc.count(c, "SELECT count(*) FROM (SELECT 1 FROM " + table
                + " WHERE lower(CAST(id AS TEXT)) <> CAST(id AS TEXT) LIMIT 1) AS capitals") == 0);
    }

    /**
     * The records of this kind among {@code ids}, read a few hundred at a time with their child rows: what a batch
     * replaces, read in a handful of queries instead of several per record.
     */
    Map<UUID, T> findByIds(Connection c, Collection<UUID> ids) throws SQLException {
        Map<UUID, T> found = new HashMap<>();
        List<UUID> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            ChildRows children = ChildRows.some(c, chunk);
            for (T record : Jdbc.query(c, "SELECT * FROM " + table + " WHERE id IN (" + Jdbc.placeholders(chunk.size())
                    + ")", rs -> mapRow(rs, children), chunk.toArray())) {
                found.put(record.id(), record);
            }
        }
        return found;
    }

    /** The ids of this kind among {@code ids}, a few hundred per query. */
    Set<UUID> existing(Connection c, Collection<UUID> ids) throws SQLException {
        Set<UUID> found = new HashSet<>();
        List<UUID> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            found.addAll(Jdbc.query(c, "SELECT id FROM " + table + " WHERE id IN (" + Jdbc.placeholders(chunk.size())
                    + ")", rs -> Jdbc.uuid(rs, "id"), chunk.toArray()));
        }
        return found;
    }

    /** Records whose main row matches {@code where} (a fixed SQL condition with bound parameters). */
    List<T> findWhere(String where, Object... params) {
        return db.read(c -> identified(Jdbc.query(c, "SELECT * FROM " + table + " WHERE " + where,
                rs -> mapRow(rs, ChildRows.perOwner(c)), params)));
    }

    /**
     * {@code limit} records from {@code offset} on, in {@code order} (which ends with a unique column, so that
     * windows read one after another neither repeat nor skip a record), of those {@code where} selects.
     */
    List<T> findWindowWhere(String where, String order, int offset, int limit, Object... params) {
        Object[] all = Arrays.copyOf(params, params.length + 2);
        all[params.length] = limit;
        all[params.length + 1] = offset;
        return db.read(c -> identified(Jdbc.query(c, "SELECT * FROM " + table + " WHERE " + where + " ORDER BY "
                + order + " LIMIT ? OFFSET ?", rs -> mapRow(rs, ChildRows.perOwner(c)), all)));
    }

    long countWhere(String where, Object... params) {
        return db.read(c -> Jdbc.count(c, "SELECT count(*) FROM " + table + " WHERE " + where, params));
    }

    /** Leaves out rows whose stored id is not an id: nothing could link to or open them ({@code check} names them). */
    private static <T extends StoredRecord> List<T> identified(List<T> records) {
        return records.stream().filter(r -> r.id() != null).toList();
    }

    @Override
    public long count() {
        return db.read(c -> Jdbc.count(c, "SELECT count(*) FROM " + table));
    }

    @Override
    public T save(T record) {
        shared.checkWritable();
        return db.inTransaction(c -> {
            Optional<T> before = lockedRead(c, record.id());
            List<String> changed = RecordDiff.changedFields(before.orElse(null), record);
            if (before.isPresent() && changed.isEmpty()) {
                return before.get();
            }
            before.ifPresent(stored -> shared.check(stored, record));
            Audit audit = stamped(before.orElse(null));
            if (before.isPresent()) {
                deleteChildren(c, record.id());
            }
            // The rows of each child table travel together; the record as written is what is stored (the batch
            // writer relies on the same), so it is not read back.
            BatchedRows rows = new BatchedRows();
            writeRow(rows, record, audit);
            ChangeEntry.Action action = before.isPresent() ? ChangeEntry.Action.UPDATE : ChangeEntry.Action.CREATE;
            logRow(rows, record.id(), action, changed, audit.updatedAt());
            T stored = record.audit().equals(audit) ? record : withAudit(record, audit);
            // Where the index entry can travel with the rows, the whole save is sent at once.
            boolean indexed = index == null || index.savedWith(stored, before.isEmpty(), rows);
            shared.send(c, rows, indexed);
            if (!indexed) {
                index.saved(stored, before.isEmpty());
            }
            return stored;
        });
    }

    @SuppressWarnings("unchecked")
    private T withAudit(T record, Audit audit) {
        return (T) RecordCopies.withAudit(record, audit);
    }

    /** The stored version before a change, its row locked until the transaction ends where several desks write. */
    private Optional<T> lockedRead(Connection c, UUID id) throws SQLException {
        return Jdbc.queryOne(c, "SELECT * FROM " + table + " WHERE id = ?" + shared.lockClause(),
                rs -> mapRow(rs, ChildRows.perOwner(c)), id);
    }

    /** The audit a save gives: created as before (or now), updated now by this user. */
    Audit stamped(T before) {
        var now = shared.stamp(auditContext.now(), before);
        String user = auditContext.user();
        return before == null ? new Audit(now, user, now, user)
                : new Audit(before.audit().createdAt(), before.audit().createdBy(), now, user);
    }

    /** Upserts the main row with this audit and writes the child rows (the old ones, if any, deleted before). */
    void writeRow(RowSink rows, T record, Audit audit) throws SQLException {
        List<Object> params = new ArrayList<>();
        params.add(record.id());
        params.addAll(Arrays.asList(values(record)));
        params.add(record.sensitivity());
        params.add(SourcesJson.write(record.sources()));
        params.add(audit.createdAt());
        params.add(audit.createdBy());
        params.add(audit.updatedAt());
        params.add(audit.updatedBy());
        rows.add(upsertSql, params.toArray());
        writeChildren(rows, record);
    }

    /** True when a record of this kind has this id. */
    boolean exists(Connection c, UUID id) throws SQLException {
        return Jdbc.count(c, "SELECT count(*) FROM " + table + " WHERE id = ?", id) > 0;
    }

    /** Deletes the main row (child rows follow by the schema's cascades) and logs it; no index work. */
    void deleteRow(Connection c, UUID id) throws SQLException {
        Jdbc.update(c, "DELETE FROM " + table + " WHERE id = ?", id);
        log(c, id, ChangeEntry.Action.DELETE, List.of(), auditContext.now());
    }

    RecordKind kind() {
        return kind;
    }

    @Override
    public boolean delete(UUID id) {
        shared.checkWritable();
        return db.inTransaction(c -> {
            Optional<T> existing = lockedRead(c, id);
            if (existing.isEmpty()) {
                return false;
            }
            List<UUID> dependents = index == null ? List.of() : index.dependentsOf(existing.get());
            Jdbc.update(c, "DELETE FROM " + table + " WHERE id = ?", id);
            log(c, id, ChangeEntry.Action.DELETE, List.of(), auditContext.now());
            if (index != null) {
                index.deleted(id, dependents);
            }
            return true;
        });
    }

    void log(Connection c, UUID id, ChangeEntry.Action action, List<String> fields, Instant at)
            throws SQLException {
        logRow(RowSink.direct(c), id, action, fields, at);
    }

    /** The change-history line (on a team server the other desks hear of its kind once it is committed). */
    void logRow(RowSink rows, UUID id, ChangeEntry.Action action, List<String> fields, Instant at)
            throws SQLException {
        shared.changed(kind);
        rows.add("INSERT INTO change_log(record_id, record_kind, action, changed_at, changed_by, changed_fields)"
                + " VALUES (?, ?, ?, ?, ?, ?)", id, kind, action, at, auditContext.user(),
                SourcesJson.writeStrings(fields));
    }

    String table() {
        return table;
    }

    private T mapRow(ResultSet rs, ChildRows children) throws SQLException {
        Audit audit = new Audit(Jdbc.instant(rs, "created_at"), rs.getString("created_by"),
                Jdbc.instant(rs, "updated_at"), rs.getString("updated_by"));
        RecordInfo info = new RecordInfo(Jdbc.sensitivity(rs), SourcesJson.read(rs, "sources"), audit);
        return map(rs, info, children);
    }

    /** A link table {@code (owner, linked id, position)}: the linked ids in their saved order. */
    static ChildRows.Query<UUID> links(String table, String ownerColumn, String linkedColumn) {
        return new ChildRows.Query<>(table, ownerColumn, "position", rs -> Jdbc.uuid(rs, linkedColumn));
    }

    /** Writes {@code ids} into a link table {@code (owner, linked, position)}. */
    static void writeLinks(RowSink rows, String insertSql, UUID owner, List<UUID> ids) throws SQLException {
        int position = 0;
        for (UUID id : new LinkedHashSet<>(ids)) {
            rows.add(insertSql, owner, id, position++);
        }
    }
}
