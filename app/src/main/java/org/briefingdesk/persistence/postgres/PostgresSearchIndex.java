package org.briefingdesk.persistence.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.briefingdesk.persistence.IndexWriter;
import org.briefingdesk.persistence.Jdbc;
import org.briefingdesk.persistence.RowSink;

/**
 * The server's full-text index: one row per record in {@code search_document}, written by the
 * repositories inside their transactions from the same {@link SearchDocument}s, folded words and
 * stems as the SQLite index. The row carries the record's sensitivity, so the server's row-level
 * security hides a hit exactly as it hides the record.
 */
final class PostgresSearchIndex implements SearchIndex, IndexWriter {
    private static final String VECTOR = "to_tsvector(" + PostgresQuery.CONFIG + ", ?)";
    private static final String UPSERT = "INSERT INTO search_document(record_id, kind, title, sensitivity, date_from,"
            + " date_to, updated_at, exact, stems, people_exact, people_stems, countries_exact, countries_stems,"
            + " topics_exact, topics_stems, events_exact, events_stems) VALUES (?, ?, ?, ?, ?, ?, ?, "
            + weighted("A", "B", "C", "C", "C", "D") + ", " + weighted("B", "C", "D", "D", "D", "D") + ", "
            + String.join(", ", Collections.nCopies(8, VECTOR)) + ") ON CONFLICT (record_id) DO UPDATE SET"
            + " kind = excluded.kind, title = excluded.title, sensitivity = excluded.sensitivity,"
            + " date_from = excluded.date_from, date_to = excluded.date_to, updated_at = excluded.updated_at,"
            + " exact = excluded.exact, stems = excluded.stems, people_exact = excluded.people_exact,"
            + " people_stems = excluded.people_stems, countries_exact = excluded.countries_exact,"
            + " countries_stems = excluded.countries_stems, topics_exact = excluded.topics_exact,"
            + " topics_stems = excluded.topics_stems, events_exact = excluded.events_exact,"
            + " events_stems = excluded.events_stems";
    /** The text to cut a snippet from, per kind; read for the hits shown only. */
    private static final String BODY = "CASE d.kind"
            + " WHEN 'EVENT' THEN (SELECT summary FROM event WHERE id = d.record_id)"
            + " WHEN 'REPORT' THEN (SELECT body || chr(10) || outcomes FROM report WHERE id = d.record_id)"
            + " WHEN 'PERSON' THEN (SELECT notes FROM person WHERE id = d.record_id)"
            + " WHEN 'ORGANISATION' THEN (SELECT notes FROM organisation WHERE id = d.record_id)"
            + " WHEN 'STATEMENT' THEN (SELECT text FROM statement WHERE id = d.record_id)"
            + " WHEN 'COMMITMENT' THEN (SELECT text FROM commitment WHERE id = d.record_id)"
            + " WHEN 'TOPIC' THEN (SELECT description FROM topic WHERE id = d.record_id) END";
    /** Best first, then the newest; ties end with the title, so the order never depends on where rows lie. */
    private static final String BY_RANK = "rank DESC, date_from DESC NULLS LAST, updated_at DESC NULLS LAST, title,"
            + " record_id";
    /**
     * How many of the matches are ranked for the first pages: the newest (by the index on this order); a word found
     * in more records ranks these and lists the older ones after them, so a page never ranks tens of thousands.
     */
    static final int RANKED = 1_000;
    /** A kind with more matches than this is counted this far only and said to have more ("more than 1,000"). */
    static final int COUNTED = 1_000;
    private static final String NEWEST = " ORDER BY date_from DESC NULLS LAST, updated_at DESC NULLS LAST, record_id";
    private static final String OUTER_ORDER = " ORDER BY d.older, d.rank DESC, d.date_from DESC NULLS LAST,"
            + " d.updated_at DESC NULLS LAST, d.title, d.record_id";

    private final PostgresDatabase db;
    private final RecordStore store;
    private final SearchDocuments documents;

    PostgresSearchIndex(PostgresDatabase db, RecordStore store) {
        this.db = db;
        this.store = store;
        this.documents = new SearchDocuments(store);
    }

    /** Title, names, countries, topics, events and body, in that order, each with its weight. */
    private static String weighted(String... weights) {
        List<String> parts = new ArrayList<>();
        for (String weight : weights) {
            parts.add("setweight(" + VECTOR + ", '" + weight + "')");
        }
        return String.join(" || ", parts);
    }

    @Override
    public void saved(StoredRecord record, boolean created) {
        db.inTransaction(c -> {
            write(c, documents.build(record), record);
            for (UUID dependent : created ? Set.<UUID>of() : documents.dependents(record)) {
                reindex(c, dependent);
            }
            return null;
        });
    }

    @Override
    public boolean savedWith(StoredRecord record, boolean created, RowSink pending) throws SQLException {
        if (!created && !documents.dependents(record).isEmpty()) {
            return false; // their entries are built from the record as stored, so after its rows are written
        }
        // Built before the rows are written: the record itself is taken as saved, not read as stored.
        SearchDocument document = new SearchDocuments(store, SearchDocuments.Links.of(store).with(record))
                .build(record);
        pending.add(UPSERT, params(document, record));
        return true;
    }

    @Override
    public List<UUID> dependentsOf(StoredRecord record) {
        return new ArrayList<>(documents.dependents(record));
    }

    @Override
    public void deleted(UUID id, List<UUID> dependents) {
        db.inTransaction(c -> {
            Jdbc.update(c, "DELETE FROM search_document WHERE record_id = ?", id);
            for (UUID dependent : dependents) {
                reindex(c, dependent);
            }
            return null;
        });
    }

    private void reindex(Connection c, UUID id) throws SQLException {
        Optional<StoredRecord> record = store.findRecord(id);
        if (record.isPresent()) {
            write(c, documents.build(record.get()), record.get());
        }
        // A record this role cannot see stays as it was indexed: its own writers keep it current.
    }

    private static void write(Connection c, SearchDocument d, StoredRecord record) throws SQLException {
        Jdbc.update(c, UPSERT, params(d, record));
    }

    /**
     * The entries of many records as one JDBC batch (one round trip), a document each in the same order: the batch
     * writer's index.
     */
    static void writeAll(Connection c, List<SearchDocument> documents, List<StoredRecord> records)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            rows.add(params(documents.get(i), records.get(i)));
        }
        Jdbc.batch(c, UPSERT, rows);
    }

    /** Removes the entries of these records in one batch. */
    static void removeAll(Connection c, Collection<UUID> ids) throws SQLException {
        Jdbc.batch(c, "DELETE FROM search_document WHERE record_id = ?", ids.stream().map(id -> new Object[] {id})
                .toList());
    }

    private static Object[] params(SearchDocument d, StoredRecord record) {
        return new Object[] {d.id(), d.kind(), d.title(), record.sensitivity(), d.dateFrom(), d.dateTo(),
            d.updatedAt(),
            words(d.title()), words(d.people()), words(d.countries()), words(d.topics()), words(d.events()),
            words(d.body()),
            SearchText.stems(d.title()), SearchText.stems(d.people()), SearchText.stems(d.countries()),
            SearchText.stems(d.topics()), SearchText.stems(d.events()), SearchText.stems(d.body()),
            words(d.people()), SearchText.stems(d.people()), words(d.countries()), SearchText.stems(d.countries()),
            words(d.topics()), SearchText.stems(d.topics()), words(d.events()), SearchText.stems(d.events())};
    }

    /** The folded words the exact vectors hold, as the SQLite tokenizer would find them. */
    private static String words(String text) {
        return String.join(" ", SearchText.words(text));
    }

    @Override
    public void rebuild() {
        db.inTransaction(c -> {
            Jdbc.update(c, "DELETE FROM search_document");
            List<StoredRecord> all = new ArrayList<>();
            all.addAll(store.topics().findAll());
            all.addAll(store.organisations().findAll());
            all.addAll(store.people().findAll());
            all.addAll(store.events().findAll());
            all.addAll(store.reports().findAll());
            all.addAll(store.statements().findAll());
            all.addAll(store.commitments().findAll());
            for (StoredRecord record : all) {
                write(c, documents.build(record), record);
            }
            return null;
        });
        optimize();
    }

    /** Fresh statistics for the planner after many rows were written at once. */
    @Override
    public void optimize() {
        db.read(c -> Jdbc.update(c, "ANALYZE search_document"));
    }

    /** True when the index holds a different number of records than the tables. */
    boolean isStale() {
        long indexed = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM search_document"));
        long records = store.counts().values().stream().mapToLong(Long::longValue).sum();
        return indexed != records;
    }

    @Override
    public List<Match> search(SearchQuery query, int offset, int limit) {
        PostgresQuery q = PostgresQuery.of(query, true);
        List<Object> params = new ArrayList<>();
        String rank = "0";
        if (q.ranked()) {
            rank = q.rank(params);
        }
        // The newest matches, in the order of search_document_newest: the first pages rank only these.
        String newest = " FROM search_document WHERE " + q.where() + NEWEST + " LIMIT ?";
        params.addAll(q.params());
        params.add(RANKED);
        String ranked;
        if ((long) offset + limit <= RANKED) {
            // Only the newest matches are read and ranked: a common word costs the same as a rare one.
            ranked = "SELECT record_id, kind, title, date_from, updated_at, " + rank + " AS rank, false AS older FROM"
                    + " (SELECT record_id, kind, title, date_from, updated_at, exact, stems" + newest + ") c ORDER BY "
                    + BY_RANK;
        } else {
            // Past them, the order goes on with the older matches, ranked among themselves.
            params.addAll(q.params());
            ranked = "SELECT s.record_id AS record_id, kind, title, date_from, updated_at, " + rank + " AS rank,"
                    + " n.record_id IS NULL AS older FROM search_document s LEFT JOIN (SELECT record_id" + newest
                    + ") n ON n.record_id = s.record_id WHERE " + q.where() + " ORDER BY older, " + BY_RANK;
        }
        params.add(limit);
        params.add(offset);
        String select = "SELECT d.record_id, d.kind, d.title, " + BODY + ", d.rank FROM (" + ranked
                + " LIMIT ? OFFSET ?) d" + OUTER_ORDER;
        return db.read(c -> Jdbc.query(c, select, rs -> new Match(UUID.fromString(rs.getString(1)),
                RecordKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4) == null ? "" : rs.getString(4),
                rs.getDouble(5)), params.toArray()));
    }

    @Override
    public SearchCounts countByKind(SearchQuery query) {
        PostgresQuery q = PostgresQuery.of(query, false);
        // Each kind counted up to one past the cap: the commonest words match most of the records, and a full count
        // reads every matching row. The kinds are written into the statement (our enum's names, not input).
        List<String> kinds = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            kinds.add("SELECT '" + kind.name() + "' AS kind, count(*) FROM (SELECT 1 FROM search_document"
                    + " WHERE kind = '" + kind.name() + "' AND " + q.where() + " LIMIT " + (COUNTED + 1) + ") k");
            params.addAll(q.params());
        }
        Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
        Set<RecordKind> moreThan = EnumSet.noneOf(RecordKind.class);
        // Each kind's subquery finds its matches in that kind's own indexes (schema version 8), so the seven together
        // read the matches' index entries about once, and at most 1,001 rows of each kind.
        db.read(c -> Jdbc.query(c, String.join(" UNION ALL ", kinds), rs -> {
            RecordKind kind = RecordKind.valueOf(rs.getString(1));
            long count = rs.getLong(2);
            if (count > COUNTED) {
                moreThan.add(kind);
            }
            if (count > 0) {
                counts.put(kind, Math.min(count, COUNTED));
            }
            return kind;
        }, params.toArray()));
        return new SearchCounts(counts, moreThan);
    }
}
