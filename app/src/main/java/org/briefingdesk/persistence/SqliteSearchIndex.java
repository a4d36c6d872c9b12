package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.briefingdesk.logic.search.SearchCounts;
import org.briefingdesk.logic.search.SearchDocument;
import org.briefingdesk.logic.search.SearchDocuments;
import org.briefingdesk.logic.search.SearchQuery;
import org.briefingdesk.logic.search.SearchText;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.SearchIndex;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/**
 * The FTS5 index: written by the repositories inside their transactions, read by the search service.
 */
final class SqliteSearchIndex implements SearchIndex, IndexWriter {
    /** bm25 weights in column order: names and titles above bodies, exact forms above stems. */
    private static final String WEIGHTS = "10.0, 1.0, 4.0, 2.0, 3.0, 2.0, 4.0, 0.4, 2.0, 1.0, 1.5, 1.0";
    private static final String BM25 = "bm25(search_fts, " + WEIGHTS + ")";
    /**
     * An FTS row's id orders the records newest first and says their kind, so that a common word ranks only its
     * newest matches, read in the index's own order: from the high bits down, the record's day (days since
     * 1800-01-01 of its date, 0 for a record without one), a sequence within that day (a record written later
     * comes later: the last change decides between records of one day) and, in the lowest {@link #KIND_BITS}, its
     * kind (ordinal + 1). Counts per kind and kind filters read the kind from the id, without a join.
     */
    static final int KIND_BITS = 3;
    private static final int KIND_MASK = (1 << KIND_BITS) - 1;
    /**
     * 16.7 million index writes a day: a file's undated records (people, organisations, topics) share one day, and
     * every change of a record takes the next number of its day; a rebuild numbers each day from 0 again. FTS5
     * stores the differences of neighbouring ids: with 32 bits its data was 62.5 MB at scale 1, with 24 58.6 MB.
     */
    private static final int SEQUENCE_BITS = 24;
    private static final int DAY_SHIFT = SEQUENCE_BITS + KIND_BITS;
    private static final long LAST_DAY = (1L << 18) - 1;
    private static final LocalDate FIRST_DAY = LocalDate.of(1800, 1, 1);
    /**
     * How many of the newest matches the first pages rank, as on a team server: a word found in more records ranks
     * these and lists the older ones after them, so a page never ranks a hundred thousand matches.
     */
    static final int RANKED = 1_000;
    /** The text to cut a snippet from, per kind; read for the hits shown only. */
    private static final String BODY = "CASE m.kind"
            + " WHEN 'EVENT' THEN (SELECT summary FROM event WHERE id = m.record_id)"
            + " WHEN 'REPORT' THEN (SELECT body || char(10) || outcomes FROM report WHERE id = m.record_id)"
            + " WHEN 'PERSON' THEN (SELECT notes FROM person WHERE id = m.record_id)"
            + " WHEN 'ORGANISATION' THEN (SELECT notes FROM organisation WHERE id = m.record_id)"
            + " WHEN 'STATEMENT' THEN (SELECT text FROM statement WHERE id = m.record_id)"
            + " WHEN 'COMMITMENT' THEN (SELECT text FROM commitment WHERE id = m.record_id)"
            + " WHEN 'TOPIC' THEN (SELECT description FROM topic WHERE id = m.record_id) END";

    private final Database db;
    private final RecordStore store;
    private final SearchDocuments documents;
    /** The store's batch writer, which rebuilds the index. */
    private final SqlBatchWriter batches;

    SqliteSearchIndex(Database db, RecordStore store, SqlBatchWriter batches) {
        this.db = db;
        this.store = store;
        this.documents = new SearchDocuments(store);
        this.batches = batches;
    }

    @Override
    public void saved(StoredRecord record, boolean created) {
        db.inTransaction(c -> {
            write(c, documents.build(record));
            for (UUID dependent : created ? Set.<UUID>of() : documents.dependents(record)) {
                reindex(c, dependent);
            }
            return null;
        });
    }

    @Override
    public List<UUID> dependentsOf(StoredRecord record) {
        return new ArrayList<>(documents.dependents(record));
    }

    @Override
    public void deleted(UUID id, List<UUID> dependents) {
        db.inTransaction(c -> {
            remove(c, id);
            for (UUID dependent : dependents) {
                reindex(c, dependent);
            }
            return null;
        });
    }

    private void reindex(Connection c, UUID id) throws SQLException {
        Optional<StoredRecord> record = store.findRecord(id);
        if (record.isPresent()) {
            write(c, documents.build(record.get()));
        } else {
            remove(c, id);
        }
    }

    private static void write(Connection c, SearchDocument d) throws SQLException {
        remove(c, d.id());
        long day = day(d.dateFrom());
        insert(RowSink.direct(c), d, rowid(day, nextSequence(c, day), d.kind()));
    }

    /** The FTS row id of a record of {@code kind} on {@code day} ({@link #day}) with this sequence number. */
    static long rowid(long day, long sequence, RecordKind kind) {
        return day << DAY_SHIFT | sequence << KIND_BITS | kindNumber(kind);
    }

    /** A kind's number in the lowest bits of its rows' ids; {@link #kindOf} reads it back. */
    private static int kindNumber(RecordKind kind) {
        return kind.ordinal() + 1;
    }

    /** The day part of a row id: days since 1800-01-01, 0 without a date (the oldest), held within its bits. */
    static long day(LocalDate date) {
        if (date == null) {
            return 0;
        }
        return Math.max(1, Math.min(LAST_DAY, ChronoUnit.DAYS.between(FIRST_DAY, date) + 1));
    }

    /** The next free sequence number of a day. */
    private static long nextSequence(Connection c, long day) throws SQLException {
        long last = Jdbc.count(c, "SELECT coalesce(max(rowid), -1) FROM search_meta WHERE rowid BETWEEN ? AND ?",
                day << DAY_SHIFT, ((day + 1) << DAY_SHIFT) - 1);
        long next = last < 0 ? 0 : ((last >>> KIND_BITS) & ((1L << SEQUENCE_BITS) - 1)) + 1;
        if (next >= 1L << SEQUENCE_BITS) {
            throw new SQLException("the search index has used up the numbers of one day; rebuild it (check --repair)");
        }
        return next;
    }

    /**
     * Index entries for many records written in one pass (the batch writer): old entries of records not known to
     * be new removed first, the next sequence number of each day asked once, and the rows inserted as batches in
     * the order of their ids (FTS5 writes out what it holds in memory whenever an id comes lower than the last).
     */
    static void writeAll(Connection c, List<SearchDocument> documents, Set<UUID> fresh) throws SQLException {
        for (SearchDocument d : documents) {
            if (!fresh.contains(d.id())) {
                remove(c, d.id());
            }
        }
        Map<Long, Long> next = new HashMap<>();
        TreeMap<Long, SearchDocument> byRowid = new TreeMap<>();
        for (SearchDocument d : documents) {
            long day = day(d.dateFrom());
            Long sequence = next.get(day);
            if (sequence == null) {
                sequence = nextSequence(c, day);
            }
            byRowid.put(rowid(day, sequence, d.kind()), d);
            next.put(day, sequence + 1);
        }
        BatchedRows rows = new BatchedRows();
        for (Map.Entry<Long, SearchDocument> entry : byRowid.entrySet()) {
            insert(rows, entry.getValue(), entry.getKey());
        }
        rows.flush(c);
    }

    /** Removes the entries of deleted records. */
    static void removeAll(Connection c, Collection<UUID> ids) throws SQLException {
        for (UUID id : ids) {
            remove(c, id);
        }
    }

    private static void insert(RowSink rows, SearchDocument d, long rowid) throws SQLException {
        rows.add("INSERT INTO search_meta(rowid, record_id, kind, title, date_from, date_to, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", rowid, d.id(), d.kind(), d.title(), d.dateFrom(), d.dateTo(),
                d.updatedAt());
        rows.add("INSERT INTO search_fts(rowid, title, body, people, countries, topics, events, title_s, body_s,"
                + " people_s, countries_s, topics_s, events_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rowid, exact(d.title()), exact(d.body()), exact(d.people()), exact(d.countries()), exact(d.topics()),
                exact(d.events()), SearchText.stems(d.title()), SearchText.stems(d.body()),
                SearchText.stems(d.people()), SearchText.stems(d.countries()), SearchText.stems(d.topics()),
                SearchText.stems(d.events()));
    }

    /** The kind an FTS row id says; null for an id no kind has (a row written by no build of this index). */
    static RecordKind kindOf(long rowid) {
        int number = (int) (rowid & KIND_MASK);
        return number >= 1 && number <= RecordKind.values().length ? RecordKind.values()[number - 1] : null;
    }

    /** Typographic variants made one before the tokenizer sees them: ’ and ´ are both '. */
    private static String exact(String text) {
        return SearchText.unifyTypography(text);
    }

    private static void remove(Connection c, UUID id) throws SQLException {
        Optional<Long> rowid = Jdbc.queryOne(c, "SELECT rowid FROM search_meta WHERE record_id = ?",
                rs -> rs.getLong(1), id);
        if (rowid.isPresent()) {
            Jdbc.update(c, "DELETE FROM search_fts WHERE rowid = ?", rowid.get());
            Jdbc.update(c, "DELETE FROM search_meta WHERE rowid = ?", rowid.get());
        }
    }

    /**
     * Indexes every record again in one transaction, through the batch writer a page of records at a time (a
     * decade's file does not fit in memory as records).
     */
    @Override
    public void rebuild() {
        batches.inOneTransaction(() -> db.inTransaction(c -> {
            Jdbc.update(c, "INSERT INTO search_fts(search_fts) VALUES ('delete-all')");
            Jdbc.update(c, "DELETE FROM search_meta");
            batches.reindexAll(c);
            return null;
        }));
        optimize();
    }

    @Override
    public void optimize() {
        db.inTransaction(c -> Jdbc.update(c, "INSERT INTO search_fts(search_fts) VALUES ('optimize')"));
    }

    /**
     * True when the index holds a different number of records than the tables (an index of an older layout is
     * emptied by its migration, schema version 7).
     */
    boolean isStale() {
        long indexed = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM search_meta"));
        long records = store.counts().values().stream().mapToLong(Long::longValue).sum();
        return indexed != records;
    }

    /**
     * A search with words ranks the {@link #RANKED} newest matches (by the row ids' order: date, then last change)
     * for the pages within them; past them the older matches follow, ranked among themselves, so every match is
     * listed once. A word found in fewer records ranks all of them. Without words the newest come first.
     */
    @Override
    public List<Match> search(SearchQuery query, int offset, int limit) {
        Sql sql = sql(query, true);
        List<Object> params = new ArrayList<>(sql.params());
        String select;
        if (!sql.usesFts()) {
            select = withBodies("SELECT m.record_id, m.kind, m.title, 0 AS rank, m.date_from, m.updated_at"
                    + " FROM search_meta m WHERE 1 = 1" + sql.ftsWhere() + sql.metaKinds() + sql.metaWhere()
                    + " ORDER BY m.date_from DESC, m.updated_at DESC, m.title, m.record_id LIMIT ? OFFSET ?");
        } else if ((long) offset + limit <= RANKED) {
            // The newest matches in the index's own order, only they ranked: a common word costs what a rare one does.
            params.add(RANKED);
            select = withBodies("SELECT m.record_id, m.kind, m.title, n.rank, m.date_from, m.updated_at FROM ("
                    + newest(sql, BM25 + " AS rank") + ") n JOIN search_meta m ON m.rowid = n.rowid"
                    + " ORDER BY n.rank, m.date_from DESC, m.updated_at DESC, m.title, m.record_id LIMIT ? OFFSET ?");
        } else {
            // Past them, every match ranked, the older ones after the newest: the order the first pages began.
            params.add(RANKED);
            params.addAll(sql.params());
            select = withBodies("SELECT m.record_id, m.kind, m.title, " + BM25 + " AS rank, m.date_from,"
                    + " m.updated_at, search_fts.rowid < (SELECT CASE WHEN count(*) < " + RANKED
                    + " THEN -1 ELSE min(rowid) END FROM (" + newest(sql, "1") + ")) AS older"
                    + " FROM search_fts JOIN search_meta m ON m.rowid = search_fts.rowid"
                    + " WHERE search_fts MATCH ?" + sql.ftsWhere() + sql.metaWhere()
                    + " ORDER BY older, rank, m.date_from DESC, m.updated_at DESC, m.title, m.record_id"
                    + " LIMIT ? OFFSET ?", "m.older, ");
        }
        params.add(limit);
        params.add(offset);
        return db.read(c -> Jdbc.query(c, select, SqliteSearchIndex::match, params.toArray()));
    }

    /**
     * The newest {@link #RANKED} matches (its last parameter), newest first, with {@code columns} beside their row
     * id: FTS5 walks its rows from the highest id down and stops there, computing the columns for these alone.
     */
    private static String newest(Sql sql, String columns) {
        String join = sql.metaWhere().isEmpty() ? "" : " JOIN search_meta m ON m.rowid = search_fts.rowid";
        return "SELECT search_fts.rowid AS rowid, " + columns + " FROM search_fts" + join
                + " WHERE search_fts MATCH ?" + sql.ftsWhere() + sql.metaWhere()
                + " ORDER BY search_fts.rowid DESC LIMIT ?";
    }

    private static Match match(ResultSet rs) throws SQLException {
        return new Match(UUID.fromString(rs.getString(1)), RecordKind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4) == null ? "" : rs.getString(4), rs.getDouble(5));
    }

    /**
     * The ranked rows with the text to cut snippets from, read only for the rows that are shown. Ties
     * end with the title and the id, so that the order does not depend on where a rebuild put the rows
     * and the windows of a long result list neither overlap nor leave a row out.
     */
    private static String withBodies(String ranked) {
        return withBodies(ranked, "");
    }

    /** The same, ordered by {@code first} (a column of the ranked rows and a comma) before the rank. */
    private static String withBodies(String ranked, String first) {
        return "SELECT m.record_id, m.kind, m.title, " + BODY + ", m.rank FROM (" + ranked + ") m"
                + " ORDER BY " + first + "m.rank, m.date_from DESC, m.updated_at DESC, m.title, m.record_id";
    }

    @Override
    public SearchCounts countByKind(SearchQuery query) {
        Sql sql = sql(query, false);
        Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
        if (sql.usesFts() && sql.metaWhere().isEmpty()) {
            // No join: the row id says the kind.
            String select = "SELECT rowid & " + KIND_MASK + ", count(*) FROM search_fts WHERE search_fts MATCH ?"
                    + sql.ftsWhere() + " GROUP BY 1";
            db.read(c -> Jdbc.query(c, select, rs -> {
                RecordKind kind = kindOf(rs.getLong(1));
                return kind == null ? null : counts.put(kind, rs.getLong(2));
            }, sql.params().toArray()));
            return SearchCounts.exact(counts);
        }
        String select = sql.usesFts()
                ? "SELECT m.kind, count(*) FROM search_fts JOIN search_meta m ON m.rowid = search_fts.rowid"
                        + " WHERE search_fts MATCH ?" + sql.ftsWhere() + sql.metaWhere() + " GROUP BY m.kind"
                : "SELECT m.kind, count(*) FROM search_meta m WHERE 1 = 1" + sql.ftsWhere() + sql.metaWhere()
                        + " GROUP BY m.kind";
        db.read(c -> Jdbc.query(c, select, rs -> counts.put(RecordKind.valueOf(rs.getString(1)), rs.getLong(2)),
                sql.params().toArray()));
        return SearchCounts.exact(counts);
    }

    /**
     * The MATCH expression (first parameter, when there is one), the conditions on the row id (exclusions, and
     * kinds: they need no join), the kinds on search_meta's kind column instead for a search without words (its
     * index then narrows the rows), and the conditions on search_meta (dates), with their parameters in that order.
     * Written for a table aliased {@code search_fts} or {@code m}; "rowid" means either.
     */
    private record Sql(boolean usesFts, String ftsWhere, String metaKinds, String metaWhere, List<Object> params) {
    }

    private static Sql sql(SearchQuery q, boolean withKinds) {
        String positive = FtsQuery.positive(q);
        List<Object> params = new ArrayList<>();
        if (positive != null) {
            params.add(positive);
        }
        String rowid = positive != null ? "search_fts.rowid" : "m.rowid";
        StringBuilder fts = new StringBuilder();
        StringBuilder metaKinds = new StringBuilder();
        String excluded = FtsQuery.excluded(q);
        if (excluded != null) {
            fts.append(" AND ").append(rowid).append(" NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)");
            params.add(excluded);
        }
        if (withKinds && !q.kinds().isEmpty()) {
            List<String> numbers = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (RecordKind kind : new TreeSet<>(q.kinds())) {
                numbers.add(Integer.toString(kindNumber(kind)));
                names.add("'" + kind.name() + "'");
            }
            // Our enum's numbers and names, not input.
            if (positive != null) {
                fts.append(" AND (").append(rowid).append(" & ").append(KIND_MASK).append(") IN (")
                        .append(String.join(", ", numbers)).append(')');
            } else {
                metaKinds.append(" AND m.kind IN (").append(String.join(", ", names)).append(')');
            }
        }
        StringBuilder meta = new StringBuilder();
        if (q.from() != null) {
            meta.append(" AND m.date_to >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            meta.append(" AND m.date_from <= ?");
            params.add(q.to());
        }
        return new Sql(positive != null, fts.toString(), metaKinds.toString(), meta.toString(), params);
    }
}
