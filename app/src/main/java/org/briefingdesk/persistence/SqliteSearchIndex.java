package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
     * Each FTS row's id carries its record kind in the bits above {@link #KIND_SHIFT}: counts per kind
     * and kind filters then need the full-text table alone, not a join per matching row.
     */
    static final int KIND_SHIFT = 40;
    /** Rows beyond the limit fetched by rank, so that equal ranks can still be ordered by recency. */
    private static final int TIE_SLACK = 50;
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

    SqliteSearchIndex(Database db, RecordStore store) {
        this.db = db;
        this.store = store;
        this.documents = new SearchDocuments(store);
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
        insert(RowSink.direct(c), d, nextRowid(c, d.kind()));
    }

    private static long nextRowid(Connection c, RecordKind kind) throws SQLException {
        long first = firstRowid(kind);
        return Jdbc.count(c, "SELECT coalesce(max(rowid) + 1, ?) FROM search_meta WHERE rowid BETWEEN ? AND ?",
                first, first, lastRowid(kind));
    }

    /**
     * Index entries for many records written in one pass (the batch writer): old entries of records not known to
     * be new removed first, the next row id of each kind asked once, and the rows inserted as batches.
     */
    static void writeAll(Connection c, List<SearchDocument> documents, Set<UUID> fresh) throws SQLException {
        for (SearchDocument d : documents) {
            if (!fresh.contains(d.id())) {
                remove(c, d.id());
            }
        }
        Map<RecordKind, Long> next = new EnumMap<>(RecordKind.class);
        BatchedRows rows = new BatchedRows();
        for (SearchDocument d : documents) {
            Long rowid = next.get(d.kind());
            if (rowid == null) {
                rowid = nextRowid(c, d.kind());
            }
            insert(rows, d, rowid);
            next.put(d.kind(), rowid + 1);
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

    /** The first FTS row id of a kind's range. */
    static long firstRowid(RecordKind kind) {
        return (kind.ordinal() + 1L) << KIND_SHIFT;
    }

    static long lastRowid(RecordKind kind) {
        return firstRowid(kind) + (1L << KIND_SHIFT) - 1;
    }

    /** The kind of the FTS rows whose id shifted right by {@link #KIND_SHIFT} is {@code number}. */
    private static RecordKind kindNumbered(long number) {
        return RecordKind.values()[(int) number - 1];
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

    @Override
    public void rebuild() {
        db.inTransaction(c -> {
            Jdbc.update(c, "DELETE FROM search_fts");
            Jdbc.update(c, "DELETE FROM search_meta");
            List<StoredRecord> all = new ArrayList<>();
            all.addAll(store.topics().findAll());
            all.addAll(store.organisations().findAll());
            all.addAll(store.people().findAll());
            all.addAll(store.events().findAll());
            all.addAll(store.reports().findAll());
            all.addAll(store.statements().findAll());
            all.addAll(store.commitments().findAll());
            for (StoredRecord record : all) {
                write(c, documents.build(record));
            }
            return null;
        });
        optimize();
    }

    @Override
    public void optimize() {
        db.inTransaction(c -> Jdbc.update(c, "INSERT INTO search_fts(search_fts) VALUES ('optimize')"));
    }

    /** True when the index holds a different number of records than the tables, or is of an older build. */
    boolean isStale() {
        long uncoded = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM search_meta WHERE rowid < ?",
                firstRowid(RecordKind.values()[0])));
        if (uncoded > 0) {
            return true; // written before row ids carried the kind
        }
        long indexed = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM search_meta"));
        long records = store.counts().values().stream().mapToLong(Long::longValue).sum();
        return indexed != records;
    }

    @Override
    public List<Match> search(SearchQuery query, int offset, int limit) {
        Sql sql = sql(query, true);
        if (sql.usesFts() && sql.metaWhere().isEmpty()) {
            List<Match> fast = searchBestRanked(sql, offset, limit);
            if (fast != null) {
                return fast;
            }
        }
        List<Object> params = new ArrayList<>(sql.params());
        String select;
        if (!sql.usesFts()) {
            select = withBodies("SELECT m.record_id, m.kind, m.title, 0 AS rank, m.date_from, m.updated_at"
                    + " FROM search_meta m WHERE 1 = 1" + sql.ftsWhere() + sql.metaWhere()
                    + " ORDER BY m.date_from DESC, m.updated_at DESC, m.title, m.record_id LIMIT ? OFFSET ?");
        } else {
            select = withBodies("SELECT m.record_id, m.kind, m.title, " + BM25 + " AS rank, m.date_from,"
                    + " m.updated_at FROM search_fts JOIN search_meta m ON m.rowid = search_fts.rowid"
                    + " WHERE search_fts MATCH ?" + sql.ftsWhere() + sql.metaWhere()
                    + " ORDER BY rank, m.date_from DESC, m.updated_at DESC, m.title, m.record_id LIMIT ? OFFSET ?");
        }
        params.add(limit);
        params.add(offset);
        return db.read(c -> Jdbc.query(c, select, SqliteSearchIndex::match, params.toArray()));
    }

    /**
     * FTS5 ranks and keeps the best rows by itself; only those (and some beyond, for equal ranks) are joined and
     * read. Null when equal ranks run past the rows kept into the window asked for: which of them belong in it
     * then takes the whole ordering (records imported with the same text can tie by the hundred).
     */
    private List<Match> searchBestRanked(Sql sql, int offset, int limit) {
        long kept = Math.min(Integer.MAX_VALUE, (long) offset + limit + TIE_SLACK);
        List<Object> params = new ArrayList<>(sql.params());
        params.add(kept);
        params.add(limit);
        params.add(offset);
        String select = "WITH f AS MATERIALIZED (SELECT rowid, " + BM25 + " AS rank FROM search_fts"
                + " WHERE search_fts MATCH ?" + sql.ftsWhere() + " ORDER BY rank LIMIT ?) "
                + withBodies("SELECT m.record_id, m.kind, m.title, f.rank, m.date_from, m.updated_at"
                        + " FROM f JOIN search_meta m ON m.rowid = f.rowid"
                        + " ORDER BY f.rank, m.date_from DESC, m.updated_at DESC, m.title, m.record_id"
                        + " LIMIT ? OFFSET ?", ", (SELECT max(rank) FROM f), (SELECT count(*) FROM f)");
        double[] edge = {Double.NaN};
        long[] count = {0};
        List<Match> window = db.read(c -> Jdbc.query(c, select, rs -> {
            edge[0] = rs.getDouble(6);
            count[0] = rs.getLong(7);
            return match(rs);
        }, params.toArray()));
        boolean cut = count[0] == kept && !window.isEmpty() && window.get(window.size() - 1).rank() == edge[0];
        return cut ? null : window;
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

    /** The same, with more columns after the rank. */
    private static String withBodies(String ranked, String more) {
        return "SELECT m.record_id, m.kind, m.title, " + BODY + ", m.rank" + more + " FROM (" + ranked + ") m"
                + " ORDER BY m.rank, m.date_from DESC, m.updated_at DESC, m.title, m.record_id";
    }

    @Override
    public SearchCounts countByKind(SearchQuery query) {
        Sql sql = sql(query, false);
        Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
        if (sql.usesFts() && sql.metaWhere().isEmpty()) {
            // No join: the row id says the kind.
            String select = "SELECT rowid >> " + KIND_SHIFT + ", count(*) FROM search_fts WHERE search_fts MATCH ?"
                    + sql.ftsWhere() + " GROUP BY 1";
            db.read(c -> Jdbc.query(c, select, rs -> counts.put(kindNumbered(rs.getLong(1)),
                    rs.getLong(2)), sql.params().toArray()));
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
     * The MATCH expression (first parameter, when there is one), the conditions on the FTS row id
     * (kinds, exclusions: they need no join) and those on search_meta (dates), with their parameters
     * in that order. Written for a table aliased {@code search_fts} or {@code m}; "rowid" means either.
     */
    private record Sql(boolean usesFts, String ftsWhere, String metaWhere, List<Object> params) {
    }

    private static Sql sql(SearchQuery q, boolean withKinds) {
        String positive = FtsQuery.positive(q);
        List<Object> params = new ArrayList<>();
        if (positive != null) {
            params.add(positive);
        }
        String rowid = positive != null ? "search_fts.rowid" : "m.rowid";
        StringBuilder fts = new StringBuilder();
        String excluded = FtsQuery.excluded(q);
        if (excluded != null) {
            fts.append(" AND ").append(rowid).append(" NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)");
            params.add(excluded);
        }
        if (withKinds && !q.kinds().isEmpty()) {
            List<String> ranges = new ArrayList<>();
            for (RecordKind kind : new TreeSet<>(q.kinds())) {
                ranges.add(rowid + " BETWEEN ? AND ?");
                params.add(firstRowid(kind));
                params.add(lastRowid(kind));
            }
            fts.append(" AND (").append(String.join(" OR ", ranges)).append(')');
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
        return new Sql(positive != null, fts.toString(), meta.toString(), params);
    }
}
