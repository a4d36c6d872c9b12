package org.briefingdesk.persistence;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
import org.briefingdesk.logic.store.RecordPages;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.ReportRepository;
import org.briefingdesk.logic.store.SavedSearchRepository;
import org.briefingdesk.logic.store.SearchIndex;
import org.briefingdesk.logic.store.StatementRepository;
import org.briefingdesk.logic.store.TopicRepository;
import org.briefingdesk.model.RecordKind;

/** The record store in one SQLite file. */
public final class SqliteRecordStore implements RecordStore {
    private final Database db;
    private final SqlRepositories repositories;
    private final SqliteSearchIndex search;
    private final SqliteBackups backups;
    private final BatchWriter batches;
    private final SqlExchangeMemory exchangeMemory;
    private final SqliteRecordPages pages;

    public SqliteRecordStore(Database db, AuditContext audit) {
        this(db, audit, BackupPolicy.DEFAULT);
    }

    public SqliteRecordStore(Database db, AuditContext audit, BackupPolicy backupPolicy) {
        this.db = db;
        this.backups = new SqliteBackups(db, backupPolicy, audit.clock());
        this.repositories = new SqlRepositories(db, audit, SharedWrites.NONE);
        this.batches = repositories.batchWriter(db, this, new SqliteBatchDialect(db));
        this.search = new SqliteSearchIndex(db, this, (SqlBatchWriter) batches);
        repositories.attach(search);
        this.exchangeMemory = new SqlExchangeMemory(db);
        this.pages = new SqliteRecordPages(db);
        if (!db.readOnly() && search.isStale()) {
            search.rebuild(); // a file indexed by an older build, or not at all
        }
        if (!db.readOnly() && backups.isDue(Duration.ofDays(1))) {
            db.awaitIntegrity(); // a backup of a damaged file fails its own check: say what is wrong first
            backups.create(Backups.Reason.OPEN);
        }
    }

    @Override
    public Optional<RecordPages> pages() {
        return Optional.of(pages);
    }

    @Override
    public CompletableFuture<Void> integrityChecked() {
        return db.integrityChecked();
    }

    /** For tests and maintenance inside persistence. */
    Database database() {
        return db;
    }

    @Override
    public SavedSearchRepository savedSearches() {
        return repositories.savedSearches();
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
    public Backups backups() {
        return backups;
    }

    @Override
    public boolean readOnly() {
        return db.readOnly();
    }

    @Override
    public SearchIndex search() {
        return search;
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
    public <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(c -> work.get());
    }

    @Override
    public Optional<RecordKind> kindOf(UUID id) {
        return db.read(c -> {
            for (Map.Entry<RecordKind, String> table : RecordTables.TABLES.entrySet()) {
                if (Jdbc.count(c, "SELECT count(*) FROM " + table.getValue() + " WHERE id = ?", id) > 0) {
                    return Optional.of(table.getKey());
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public List<String> invalidFields(UUID id) {
        return db.read(c -> {
            Optional<RecordKind> kind = kindOf(id);
            return kind.isEmpty() ? List.<String>of() : StoredValues.invalidFields(c, kind.get(), id);
        });
    }

    @Override
    public Map<RecordKind, Long> counts() {
        return db.read(RecordTables::counts);
    }

    @Override
    public Path location() {
        return db.file();
    }

    /** Closing backs up what this session changed, so the newest backup is never older than the last edit. */
    @Override
    public void close() {
        try {
            if (!db.readOnly() && backups.hasChangesSinceBackup()) {
                backups.create(Backups.Reason.CLOSE);
            }
        } finally {
            db.close();
        }
    }
}
