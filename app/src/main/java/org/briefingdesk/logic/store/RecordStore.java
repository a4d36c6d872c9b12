package org.briefingdesk.logic.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/**
 * Everything the application keeps, behind interfaces: a SQLite file, or a PostgreSQL team server. Calls from
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

    /** Writing many records at once, with index and history in the same pass. */
    BatchWriter batches();

    /** What exchanges with other desks left to remember for the next merge. */
    ExchangeMemory exchangeMemory();

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

    /**
     * The sections' tables read a window at a time, where the store can sort in its own order; empty where the
     * tables load their rows whole (the team server's stores).
     */
    default Optional<RecordPages> pages() {
        return Optional.empty();
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

    /**
     * The fields of a record whose stored values do not read as their type (another tool wrote them):
     * the record reads with them empty, and its detail shows them as invalid. Record components, such
     * as {@code startDate}; {@code audit} for its creation and change times.
     */
    List<String> invalidFields(UUID id);

    /** Number of records per kind. */
    Map<RecordKind, Long> counts();

    /** Where the data lives, for the status bar and messages. */
    Path location();

    /** Where the data lives, in words for the title, the status bar and messages: the file, or user@server. */
    default String displayName() {
        return location().toString();
    }

    /** True for a file on this computer; false for a team server (no files to check, back up or restore here). */
    default boolean isLocalFile() {
        return true;
    }

    /** A short name for the window's title: the file's name, or user@server. */
    default String shortName() {
        return String.valueOf(location().getFileName());
    }

    /**
     * Calls {@code listener}, on a background thread, soon after someone else changed records of a
     * kind (a team server's live updates; a file has no one else). Close the handle to stop.
     */
    default AutoCloseable onOthersChanges(Consumer<RecordKind> listener) {
        return () -> {
        };
    }

    @Override
    void close();
}
