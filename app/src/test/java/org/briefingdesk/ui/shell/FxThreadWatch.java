package org.briefingdesk.ui.shell;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the FX thread is ever kept from running: a Runnable is posted every 5 ms, and for each the
 * time it waited for the FX thread is kept (from its posting, or from the run before it if that ended later);
 * the largest is the longest pause. A blocked FX thread (a save or a load on it, a long computation, a wait for
 * a lock or a file) shows as a pause as long as the blocking work.
 *
 * <p>Left out of each pause: the time the FX thread was ready to run but waited for a processor, as Linux counts
 * it for the thread ({@code /proc/PID/task/TID/schedstat}, second field), and the JVM's garbage collection pauses
 * meanwhile. Those are the machine's load and the heap of the whole JVM (another test class beside, another build
 * on two shared cores), not the application holding the FX thread, and a bound on the pause should fail for the
 * application only. Where the kernel does not say, waits for a processor count as pauses.
 */
final class FxThreadWatch implements AutoCloseable {
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fx-thread-watch");
        t.setDaemon(true);
        return t;
    });
    /** The FX thread's scheduler statistics, found by its first run; null until then or where there are none. */
    private volatile Path fxSchedstat;
    /**
     * When the last run ended, how long the FX thread had waited for a processor by then (-1: unknown) and how
     * long the JVM had paused for garbage collection.
     */
    private long lastRun = System.nanoTime();
    private long lastWaited = -1;
    private long lastCollected = collectedMillis();
    private final AtomicLong maxGap = new AtomicLong();
    private final AtomicLong maxWallGap = new AtomicLong();
    private final AtomicLong sumGaps = new AtomicLong();
    private final AtomicLong sumWallGaps = new AtomicLong();

    FxThreadWatch() {
        ticker.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            long waitedAtPost = waitedForProcessor(fxSchedstat);
            long collectedAtPost = collectedMillis();
            Platform.runLater(() -> tick(posted, waitedAtPost, collectedAtPost));
        }, 0, 5, TimeUnit.MILLISECONDS);
    }

    /** On the FX thread: how long this run waited for it, less waits for a processor and collections meanwhile. */
    private void tick(long posted, long waitedAtPost, long collectedAtPost) {
        if (fxSchedstat == null) {
            fxSchedstat = ownSchedstat();
        }
        long now = System.nanoTime();
        long waited = waitedForProcessor(fxSchedstat);
        long collected = collectedMillis();
        synchronized (this) {
            boolean postedLater = posted > lastRun;
            long since = postedLater ? posted : lastRun;
            long waitedSince = postedLater ? waitedAtPost : lastWaited;
            long queued = waitedSince < 0 || waited < waitedSince ? 0 : waited - waitedSince;
            long paused = TimeUnit.MILLISECONDS.toNanos(collected - (postedLater ? collectedAtPost : lastCollected));
            long gap = Math.max(0, now - since - queued - paused);
            maxWallGap.accumulateAndGet(now - since, Math::max);
            maxGap.accumulateAndGet(gap, Math::max);
            sumWallGaps.addAndGet(now - since);
            sumGaps.addAndGet(gap);
            lastRun = System.nanoTime();
            lastWaited = waited;
            lastCollected = collected;
        }
    }

    /** Starts measuring afresh (after the window settled). */
    synchronized void reset() {
        lastRun = System.nanoTime();
        maxGap.set(0);
        maxWallGap.set(0);
        sumGaps.set(0);
        sumWallGaps.set(0);
    }

    /** The longest time the FX thread was kept from running, less its waits for a processor. */
    long maxGapMillis() {
        return TimeUnit.NANOSECONDS.toMillis(maxGap.get());
    }

    /** The same gap as wall time, waits for a processor included (for the messages). */
    long maxWallGapMillis() {
        return TimeUnit.NANOSECONDS.toMillis(maxWallGap.get());
    }

    /** All the pauses together, less the waits for a processor, and as wall time: what the correction took out. */
    long[] totalGapMillis() {
        return new long[] {TimeUnit.NANOSECONDS.toMillis(sumGaps.get()), TimeUnit.NANOSECONDS.toMillis(
                sumWallGaps.get())};
    }

    /** Milliseconds the JVM's collectors have paused it so far (G1's and the serial one's beans count pauses). */
    static long collectedMillis() {
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, collector.getCollectionTime());
        }
        return millis;
    }

    /** The calling thread's scheduler statistics (Linux), or null. */
    static Path ownSchedstat() {
        try {
            return Path.of("/proc").resolve(Files.readSymbolicLink(Path.of("/proc/thread-self"))).resolve("schedstat");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A thread's time spent runnable on a run queue, in nanoseconds, from its statistics; -1 where unknown. */
    static long waitedForProcessor(Path schedstat) {
        if (schedstat == null) {
            return -1;
        }
        try {
            String[] fields = Files.readString(schedstat).trim().split(" ");
            return fields.length >= 2 ? Long.parseLong(fields[1]) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
