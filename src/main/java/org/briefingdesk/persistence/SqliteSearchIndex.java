package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
final class SqliteSearchIndex implements SearchIndex {
    /** bm25 weights in column order: names and titles above bodies, exact forms above stems. */
    private static final String BM25 = "bm25(search_fts, 10.0, 1.0, 4.0, 2.0, 3.0, 2.0, 4.0, 0.4, 2.0, 1.0, 1.5, 1.0)";
    private static final Map<RecordKind, String> BODY_SQL = new EnumMap<>(Map.of(
            RecordKind.EVENT, "SELECT summary FROM event WHERE id = ?",
            RecordKind.REPORT, "SELECT body || char(10) || outcomes FROM report WHERE id = ?",
            RecordKind.PERSON, "SELECT notes FROM person WHERE id = ?",
            RecordKind.ORGANISATION, "SELECT notes FROM organisation WHERE id = ?",
            RecordKind.STATEMENT, "SELECT text FROM statement WHERE id = ?",
            RecordKind.COMMITMENT, "SELECT text FROM commitment WHERE id = ?",
            RecordKind.TOPIC, "SELECT description FROM topic WHERE id = ?"));

    private final Database db;
    private final RecordStore store;
    private final SearchDocuments documents;

    SqliteSearchIndex(Database db, RecordStore store) {
        this.db = db;
        this.store = store;
        this.documents = new SearchDocuments(store);
    }

    /** Re-indexes a record that was just saved, and the records whose documents mention it. */
    void saved(StoredRecord record) {
        db.inTransaction(c -> {
            write(c, documents.build(record));
            for (UUID dependent : documents.dependents(record)) {
                reindex(c, dependent);
            }
            return null;
        });
    }

    /** The ids to re-index once {@code record} is gone; asked before the delete. */
    List<UUID> dependentsOf(StoredRecord record) {
        return new ArrayList<>(documents.dependents(record));
    }

    void deleted(UUID id, List<UUID> dependents) {
        db.inTransaction(c -> {
            remove(c, id);
            for (UUID dependent : dependents) {
                reindex(c, dependent);
            }
            return null;
        });
    }

    private void reindex(Connection c, UUID id) throws SQLException {
        Optional<? extends StoredRecord> record = store.kindOf(id).flatMap(kind -> find(kind, id));
        if (record.isPresent()) {
            write(c, documents.build(record.get()));
        } else {
            remove(c, id);
        }
    }

    private Optional<? extends StoredRecord> find(RecordKind kind, UUID id) {
        return switch (kind) {
            case EVENT -> store.events().findById(id);
            case REPORT -> store.reports().findById(id);
            case PERSON -> store.people().findById(id);
            case ORGANISATION -> store.organisations().findById(id);
            case STATEMENT -> store.statements().findById(id);
            case COMMITMENT -> store.commitments().findById(id);
            case TOPIC -> store.topics().findById(id);
        };
    }

    private static void write(Connection c, SearchDocument d) throws SQLException {
        remove(c, d.id());
        Jdbc.update(c, "INSERT INTO search_meta(record_id, kind, title, date_from, date_to, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", d.id(), d.kind(), d.title(), d.dateFrom(), d.dateTo(), d.updatedAt());
        long rowid = Jdbc.count(c, "SELECT last_insert_rowid()");
        Jdbc.update(c, "INSERT INTO search_fts(rowid, title, body, people, countries, topics, events, title_s, body_s,"
                + " people_s, countries_s, topics_s, events_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rowid, exact(d.title()), exact(d.body()), exact(d.people()), exact(d.countries()), exact(d.topics()),
                exact(d.events()), SearchText.stems(d.title()), SearchText.stems(d.body()),
                SearchText.stems(d.people()), SearchText.stems(d.countries()), SearchText.stems(d.topics()),
                SearchText.stems(d.events()));
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
    }

    /** True when the index holds a different number of records than the tables (an older file). */
    boolean isStale() {
        long indexed = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM search_meta"));
        long records = store.counts().values().stream().mapToLong(Long::longValue).sum();
        return indexed != records;
    }

    @Override
    public List<Match> search(SearchQuery query, int limit) {
        Sql sql = sql(query, true);
        String select = sql.usesFts()
                ? "SELECT m.record_id, m.kind, m.title, " + BM25 + " AS rank FROM search_fts JOIN search_meta m"
                        + " ON m.rowid = search_fts.rowid WHERE search_fts MATCH ?" + sql.where()
                        + " ORDER BY rank, m.date_from DESC, m.updated_at DESC LIMIT ?"
                : "SELECT m.record_id, m.kind, m.title, 0 AS rank FROM search_meta m WHERE 1 = 1" + sql.where()
                        + " ORDER BY m.date_from DESC, m.updated_at DESC LIMIT ?";
        List<Object> params = new ArrayList<>(sql.params());
        params.add(limit);
        return db.read(c -> {
            List<Match> matches = Jdbc.query(c, select, rs -> new Match(UUID.fromString(rs.getString(1)),
                    RecordKind.valueOf(rs.getString(2)), rs.getString(3), "", rs.getDouble(4)), params.toArray());
            List<Match> withBodies = new ArrayList<>(matches.size());
            for (Match m : matches) {
                String body = Jdbc.queryOne(c, BODY_SQL.get(m.kind()), rs -> rs.getString(1), m.id()).orElse("");
                withBodies.add(new Match(m.id(), m.kind(), m.title(), body == null ? "" : body, m.rank()));
            }
            return withBodies;
        });
    }

    @Override
    public Map<RecordKind, Long> countByKind(SearchQuery query) {
        Sql sql = sql(query, false);
        String select = sql.usesFts()
                ? "SELECT m.kind, count(*) FROM search_fts JOIN search_meta m ON m.rowid = search_fts.rowid"
                        + " WHERE search_fts MATCH ?" + sql.where() + " GROUP BY m.kind"
                : "SELECT m.kind, count(*) FROM search_meta m WHERE 1 = 1" + sql.where() + " GROUP BY m.kind";
        return db.read(c -> {
            Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
            for (Object[] row : Jdbc.query(c, select, rs -> new Object[] {rs.getString(1), rs.getLong(2)},
                    sql.params().toArray())) {
                counts.put(RecordKind.valueOf((String) row[0]), (Long) row[1]);
            }
            return counts;
        });
    }

    /** The MATCH expression (first parameter, when there is one) and the conditions on search_meta. */
    private record Sql(boolean usesFts, String where, List<Object> params) {
    }

    private static Sql sql(SearchQuery q, boolean withKinds) {
        String positive = FtsQuery.positive(q);
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (positive != null) {
            params.add(positive);
        }
        String excluded = FtsQuery.excluded(q);
        if (excluded != null) {
            where.append(" AND m.rowid NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)");
            params.add(excluded);
        }
        if (withKinds && !q.kinds().isEmpty()) {
            where.append(" AND m.kind IN (").append(String.join(", ", q.kinds().stream().map(k -> "?").toList()))
                    .append(')');
            q.kinds().stream().sorted().forEach(params::add);
        }
        if (q.from() != null) {
            where.append(" AND m.date_to >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            where.append(" AND m.date_from <= ?");
            params.add(q.to());
        }
        return new Sql(positive != null, where.toString(), params);
    }
}
