package org.briefingdesk.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.value.WritableBooleanValue;

/**
 * One piece of background work, described fluently and then started (JabRef's shape):
 *
 * <pre>{@code
 * BackgroundTask.of(() -> store.counts())
 *         .showingBusy(busy)
 *         .latestOf(countsRequests)
 *         .onSuccess(this::showCounts)
 *         .onFailure(failure -> error.set(FailureSentence.of(failure, l10n)))
 *         .runWith(tasks);
 * }</pre>
 *
 * The work runs off the FX thread through {@link BackgroundTasks} (shutdown-safe in the window, at once on
 * the calling thread with {@link SameThreadTasks} in tests); the outcome comes back on the thread that owns
 * the UI. The busy flag is set when the task starts and cleared before its outcome is handed on, so that a
 * handler may start the next task on the same flag. A task of a {@link LatestOnly} whose run was superseded
 * by a newer one delivers nothing at all, busy flag included: the newer run owns it.
 *
 * @param <T> what the work returns
 */
public final class BackgroundTask<T> {
    private final Callable<T> work;
    private WritableBooleanValue busy;
    private LatestOnly latest;
    private Runnable onRunning = () -> { };
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<? super Throwable> onFailure = failure -> { };

    private BackgroundTask(Callable<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    /** Work that returns a result. */
    public static <T> BackgroundTask<T> of(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Work that returns nothing (its success handler gets null). */
    public static BackgroundTask<Void> ofAction(BackgroundTasks.ThrowingRunnable work) {
        Objects.requireNonNull(work);
        return new BackgroundTask<>(() -> {
            work.run();
            return null;
        });
    }

    /** True while the task runs: set when it starts, cleared before its outcome is delivered. */
    public BackgroundTask<T> showingBusy(WritableBooleanValue flag) {
        this.busy = flag;
        return this;
    }

    /** Only the newest run started through {@code requests} delivers its outcome; older ones are dropped. */
    public BackgroundTask<T> latestOf(LatestOnly requests) {
        this.latest = requests;
        return this;
    }

    /** Runs on the calling thread as the task starts (clear an old error, say what is happening). */
    public BackgroundTask<T> onRunning(Runnable action) {
        this.onRunning = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    /** What to do with a failure; {@link FailureSentence} says it to the user in one sentence. */
    public BackgroundTask<T> onFailure(Consumer<? super Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    /** Starts the work (call on the FX thread). */
    public void runWith(BackgroundTasks tasks) {
        LatestOnly.Ticket ticket = latest == null ? LatestOnly.Ticket.ALWAYS : latest.next();
        if (busy != null) {
            busy.set(true);
        }
        onRunning.run();
        tasks.run(work, result -> {
            if (ticket.current()) {
                idle();
                onSuccess.accept(result);
            }
        }, failure -> {
            if (ticket.current()) {
                idle();
                onFailure.accept(failure);
            }
        });
    }

    private void idle() {
        if (busy != null) {
            busy.set(false);
        }
    }
}
