package org.briefingdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Background work on a small pool of daemon threads; outcomes delivered with {@link Platform#runLater}.
 * Once the application shuts down ({@link #stopAccepting}), new work and the outcomes still to come are
 * dropped: a save that finished during the shutdown must not start a reload of a closing window.
 */
public final class FxBackgroundTasks implements BackgroundTasks, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FxBackgroundTasks.class.getName());
    private final ExecutorService executor;
    private final AtomicBoolean accepting = new AtomicBoolean(true);

    public FxBackgroundTasks() {
        AtomicInteger counter = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "briefing-desk-background-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        if (!accepting.get()) {
            LOG.fine("Background work after shutdown began was not started");
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    T result = work.call();
                    deliver(() -> onSuccess.accept(result));
                } catch (Exception | Error e) {
                    LOG.log(Level.WARNING, "Background task failed", e);
                    deliver(() -> onFailure.accept(e));
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.fine("Background work after shutdown began was not started"); // stopAccepting raced with run
        }
    }

    private void deliver(Runnable outcome) {
        Platform.runLater(() -> {
            if (accepting.get()) {
                outcome.run();
            }
        });
    }

    /**
     * The first step of a shutdown (on any thread): no new work starts and no outcome reaches the window
     * any more; work already running goes on until {@link #close}.
     */
    public void stopAccepting() {
        accepting.set(false);
    }

    @Override
    public void onUiThread(Runnable action) {
        Platform.runLater(action);
    }

    /** Lets running work finish (a transaction in progress completes) for a few seconds, then stops. */
    @Override
    public void close() {
        stopAccepting();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
