package org.briefingdesk.logic.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/**
 * Everything the application keeps, behind interfaces: SQLite today, PostgreSQL later. Calls from
 * several threads are safe; {@link #inTransaction} makes the repositories' calls inside it one
 * atomic change.
 */
public interface RecordStore extends AutoCloseable {
    EventRepository events();

    PersonRepository people();

    OrganisationRepository organisations();

    ReportRepository reports();

    StatementRepository statements();

    CommitmentRepository commitments();

    TopicRepository topics();

    CountryRepository countries();

    ChangeHistoryRepository history();

    /** The full-text index over every record, kept in step with them in the same transactions. */
    SearchIndex search();

    /** The user's named searches. */
    SavedSearchRepository savedSearches();

    /** Verified backups of this database. */
    Backups backups();

    /**
     * True when another copy of the application has the file open for writing: this one may only
     * read, and says so.
     */
    boolean readOnly();

    /**
     * Completes once the file has passed its integrity check, which may still be running after opening (the
     * window's stores check while the data is shown): exceptionally when it failed, with a
     * {@link DamagedFileException} as a rule. Writes wait for it, and are refused when it failed.
     */
    default CompletableFuture<Void> integrityChecked() {
        return CompletableFuture.completedFuture(null);
    }

    /** Runs {@code work} as one transaction: all of its changes are kept, or none. Nested calls join. */
    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** The kind of the record with this id, if there is one. */
    Optional<RecordKind> kindOf(UUID id);

    /** The repository that keeps records of this kind. */
    default Repository<? extends StoredRecord> repository(RecordKind kind) {
        return switch (kind) {
            case EVENT -> events();
            case REPORT -> reports();
            case PERSON -> people();
            case ORGANISATION -> organisations();
            case STATEMENT -> statements();
            case COMMITMENT -> commitments();
            case TOPIC -> topics();
        };
    }

    /** The record with this id, whatever its kind. */
    default Optional<StoredRecord> findRecord(UUID id) {
        return kindOf(id).flatMap(kind -> repository(kind).findById(id).map(StoredRecord.class::cast));
    }

    /** Number of records per kind. */
    Map<RecordKind, Long> counts();

    /** Where the data lives, for the status bar and messages. */
    Path location();

    @Override
    void close();
}
