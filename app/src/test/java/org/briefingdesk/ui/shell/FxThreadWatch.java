package org.briefingdesk.ui.shell;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the FX thread is ever kept from running: a Runnable is posted every 5 ms and the
 * largest gap between two runs is kept. A blocked FX thread (a save or a load on it) shows as a gap as
 * long as the blocking work.
 */
final class FxThreadWatch implements AutoCloseable {
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fx-thread-watch");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong lastRun = new AtomicLong(System.nanoTime());
    private final AtomicLong maxGap = new AtomicLong();

    FxThreadWatch() {
        ticker.scheduleAtFixedRate(() -> Platform.runLater(() -> {
            long now = System.nanoTime();
            maxGap.accumulateAndGet(now - lastRun.getAndSet(now), Math::max);
        }), 0, 5, TimeUnit.MILLISECONDS);
    }

    /** Starts measuring afresh (after the window settled). */
    void reset() {
        lastRun.set(System.nanoTime());
        maxGap.set(0);
    }

    long maxGapMillis() {
        return TimeUnit.NANOSECONDS.toMillis(maxGap.get());
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
