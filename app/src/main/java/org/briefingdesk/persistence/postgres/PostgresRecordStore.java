package org.briefingdesk.persistence.postgres;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.briefingdesk.logic.store.Backups;
import org.briefingdesk.logic.store.BatchWriter;
import org.briefingdesk.logic.store.ChangeHistoryRepository;
import org.briefingdesk.logic.store.CommitmentRepository;
import org.briefingdesk.logic.store.CountryRepository;
import org.briefingdesk.logic.store.EventRepository;
import org.briefingdesk.logic.store.ExchangeMemory;
import org.briefingdesk.logic.store.OrganisationRepository;
import org.briefingdesk.logic.store.PersonRepository;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.ReportRepository;
import org.briefingdesk.logic.store.SavedSearchRepository;
import org.briefingdesk.logic.store.SearchIndex;
import org.briefingdesk.logic.store.StatementRepository;
import org.briefingdesk.logic.store.TopicRepository;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.persistence.AuditContext;
import org.briefingdesk.persistence.Jdbc;
import org.briefingdesk.persistence.SqlExchangeMemory;
import org.briefingdesk.persistence.SqlRepositories;

/**
 * The record store on a PostgreSQL team server: the same repositories as the SQLite file's, with
 * versions checked on every save, live updates, and what each role sees decided by the server.
 */
final class PostgresRecordStore implements RecordStore {
    private static final Map<RecordKind, String> TABLES = new EnumMap<>(Map.of(
            RecordKind.EVENT, "event", RecordKind.REPORT, "report", RecordKind.PERSON, "person",
            RecordKind.ORGANISATION, "organisation", RecordKind.STATEMENT, "statement",
            RecordKind.COMMITMENT, "commitment", RecordKind.TOPIC, "topic"));

    private final PostgresDatabase db;
    private final SqlRepositories repositories;
    private final PostgresSearchIndex search;
    private final PostgresBackups backups;
    private final BatchWriter batches;
    private final ExchangeMemory exchangeMemory;
    /** The live-update listeners this store started; they end with it. */
    private final List<PostgresChangeFeed> feeds = new CopyOnWriteArrayList<>();

    PostgresRecordStore(PostgresDatabase db, AuditContext audit) {
        this.db = db;
        this.repositories = new SqlRepositories(db, audit, new PostgresSharedWrites(db));
        this.search = new PostgresSearchIndex(db, this);
        this.backups = new PostgresBackups(db.displayName());
        repositories.attach(search);
        this.batches = repositories.batchWriter(db, this, new PostgresBatchDialect(db));
        this.exchangeMemory = new SqlExchangeMemory(db);
    }

    PostgresSearchIndex searchIndex() {
        return search;
    }

    PostgresDatabase database() {
        return db;
    }

    @Override
    public BatchWriter batches() {
        return batches;
    }

    @Override
    public ExchangeMemory exchangeMemory() {
        return exchangeMemory;
    }

    @Override
    public EventRepository events() {
        return repositories.events();
    }

    @Override
    public PersonRepository people() {
        return repositories.people();
    }

    @Override
    public OrganisationRepository organisations() {
        return repositories.organisations();
    }

    @Override
    public ReportRepository reports() {
        return repositories.reports();
    }

    @Override
    public StatementRepository statements() {
        return repositories.statements();
    }

    @Override
    public CommitmentRepository commitments() {
        return repositories.commitments();
    }

    @Override
    public TopicRepository topics() {
        return repositories.topics();
    }

    @Override
    public CountryRepository countries() {
        return repositories.countries();
    }

    @Override
    public ChangeHistoryRepository history() {
        return repositories.history();
    }

    @Override
    public SearchIndex search() {
        return search;
    }

    @Override
    public SavedSearchRepository savedSearches() {
        return repositories.savedSearches();
    }

    @Override
    public Backups backups() {
        return backups;
    }

    /** True for a reader's role: the server refuses its writes, and the window says so from the start. */
    @Override
    public boolean readOnly() {
        return db.readOnly();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(c -> work.get());
    }

    @Override
    public Optional<RecordKind> kindOf(UUID id) {
        return db.read(c -> {
            for (Map.Entry<RecordKind, String> table : TABLES.entrySet()) {
                if (Jdbc.count(c, "SELECT count(*) FROM " + table.getValue() + " WHERE id = ?", id) > 0) {
                    return Optional.of(table.getKey());
                }
            }
            return Optional.empty();
        });
    }

    /**
     * None: the server's columns are typed (dates, times, JSON) and its rules always enforced, so no
     * tool can store a value there that does not read.
     */
    @Override
    public List<String> invalidFields(UUID id) {
        return List.of();
    }

    /** The records this role may see, per kind. */
    @Override
    public Map<RecordKind, Long> counts() {
        return db.read(c -> {
            Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
            for (Map.Entry<RecordKind, String> table : TABLES.entrySet()) {
                counts.put(table.getKey(), Jdbc.count(c, "SELECT count(*) FROM " + table.getValue()));
            }
            return counts;
        });
    }

    /** A server is no file: its name, {@code user@host:port/database}, stands where a file's path would. */
    @Override
    public Path location() {
        return Path.of(db.displayName());
    }

    @Override
    public String displayName() {
        return db.displayName();
    }

    @Override
    public boolean isLocalFile() {
        return false;
    }

    @Override
    public String shortName() {
        return db.displayName();
    }

    @Override
    public AutoCloseable onOthersChanges(Consumer<RecordKind> listener) {
        PostgresChangeFeed feed = new PostgresChangeFeed(db.connector(), db::backendPid, listener);
        feeds.add(feed);
        return () -> {
            feeds.remove(feed);
            feed.close();
        };
    }

    @Override
    public void close() {
        feeds.forEach(PostgresChangeFeed::close);
        feeds.clear();
        db.close();
    }
}
