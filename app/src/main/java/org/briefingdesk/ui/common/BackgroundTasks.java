package org.briefingdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the FX thread and hands the outcome back on it. The FX thread only draws:
 * every database, file and search call from the UI goes through here.
 */
public interface BackgroundTasks {
    /**
     * Runs {@code work} in the background; then {@code onSuccess} with its result, or {@code onFailure}
     * with what it threw, on the thread that owns the UI.
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs work that returns nothing. */
    default void run(ThrowingRunnable work, Runnable onSuccess, Consumer<? super Throwable> onFailure) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> onSuccess.run(), onFailure);
    }

    /**
     * Runs {@code action} on the thread that owns the UI, without a turn in the background queue: for
     * news that arrives on a thread of its own (a team server's live updates). At once by default.
     */
    default void onUiThread(Runnable action) {
        action.run();
    }

    /** A piece of work that may throw. */
    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
