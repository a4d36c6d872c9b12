package org.briefingdesk.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.StoreException;

/**
 * A file's {@code quick_check}, run after opening on a read-only connection of its own, so that the window shows
 * the data while it runs (1.2-1.6 s on a file of 137,000 records). Writes wait for it ({@link #awaitPassed}); when
 * it fails they are refused with the damaged-file exception, and the file is kept under a new name as when a check
 * at opening fails.
 */
final class IntegrityCheck {
    static final IntegrityCheck PASSED = new IntegrityCheck(CompletableFuture.completedFuture(null));

    private final CompletableFuture<Void> result;

    private IntegrityCheck(CompletableFuture<Void> result) {
        this.result = result;
    }

    /** Starts the check of {@code file} on {@code executor}. */
    static IntegrityCheck start(Path file, Executor executor, Clock clock) {
        return new IntegrityCheck(CompletableFuture.runAsync(() -> check(file, clock), executor));
    }

    private static void check(Path file, Clock clock) {
        List<String> damage;
        try (Connection c = Database.config(true).createConnection("jdbc:sqlite:" + file)) {
            SortKeys.register(c);
            damage = Database.quickCheck(c, file);
        } catch (SQLException e) {
            damage = Database.unreadable(Database.translate(e, file));
        }
        if (!damage.isEmpty()) {
            throw Database.damagedFound(file, OpenMode.WRITE, clock);
        }
    }

    /** Completes when the check passed; exceptionally (a StoreException, usually DamagedFileException) if not. */
    CompletableFuture<Void> result() {
        return result;
    }

    /** True once the check has passed (false while it runs). */
    boolean passed() {
        return result.isDone() && !result.isCompletedExceptionally();
    }

    /** Waits for the check; throws what it found when it failed. */
    void awaitPassed() {
        try {
            result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StoreException found) {
                throw found;
            }
            throw new StoreException(e.getCause(), "error.db.failed", "");
        }
    }
}
