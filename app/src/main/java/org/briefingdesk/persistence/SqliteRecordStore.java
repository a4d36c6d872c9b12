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
import org.briefingdesk.logic.store.ChangeHistoryRepository;
import org.briefingdesk.logic.store.CommitmentRepository;
import org.briefingdesk.logic.store.CountryRepository;
import org.briefingdesk.logic.store.EventRepository;
import org.briefingdesk.logic.store.OrganisationRepository;
import org.briefingdesk.logic.store.PersonRepository;
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
    private final SqliteEventRepository events;
    private final SqlitePersonRepository people;
    private final SqliteOrganisationRepository organisations;
    private final SqliteReportRepository reports;
    private final SqliteStatementRepository statements;
    private final SqliteCommitmentRepository commitments;
    private final SqliteTopicRepository topics;
    private final CountryRepository countries;
    private final ChangeHistoryRepository history;
    private final SqliteSearchIndex search;
    private final SqliteBackups backups;
    private final SavedSearchRepository savedSearches;

    public SqliteRecordStore(Database db, AuditContext audit) {
        this(db, audit, BackupPolicy.DEFAULT);
    }

    public SqliteRecordStore(Database db, AuditContext audit, BackupPolicy backupPolicy) {
        this.db = db;
        this.backups = new SqliteBackups(db, backupPolicy, audit.clock());
        this.savedSearches = new SqliteSavedSearchRepository(db, audit);
        this.events = new SqliteEventRepository(db, audit);
        this.people = new SqlitePersonRepository(db, audit);
        this.organisations = new SqliteOrganisationRepository(db, audit);
        this.reports = new SqliteReportRepository(db, audit);
        this.statements = new SqliteStatementRepository(db, audit);
        this.commitments = new SqliteCommitmentRepository(db, audit);
        this.topics = new SqliteTopicRepository(db, audit);
        this.countries = new SqliteCountryRepository(db);
        this.history = new SqliteChangeHistoryRepository(db);
        this.search = new SqliteSearchIndex(db, this);
        for (SqliteRepository<?> repository : List.<SqliteRepository<?>>of(events, people, organisations, reports,
                statements, commitments, topics)) {
            repository.attach(search);
        }
        if (!db.readOnly() && search.isStale()) {
            search.rebuild(); // a file indexed by an older build, or not at all
        }
        if (!db.readOnly() && backups.isDue(Duration.ofDays(1))) {
            db.awaitIntegrity(); // a backup of a damaged file fails its own check: say what is wrong first
            backups.create(Backups.Reason.OPEN);
        }
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
        return savedSearches;
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
        return events;
    }

    @Override
    public PersonRepository people() {
        return people;
    }

    @Override
    public OrganisationRepository organisations() {
        return organisations;
    }

    @Override
    public ReportRepository reports() {
        return reports;
    }

    @Override
    public StatementRepository statements() {
        return statements;
    }

    @Override
    public CommitmentRepository commitments() {
        return commitments;
    }

    @Override
    public TopicRepository topics() {
        return topics;
    }

    @Override
    public CountryRepository countries() {
        return countries;
    }

    @Override
    public ChangeHistoryRepository history() {
        return history;
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
