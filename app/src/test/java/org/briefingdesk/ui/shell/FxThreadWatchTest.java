package org.briefingdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.briefingdesk.testutil.Locks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The watch that bounds the FX thread's pauses in the window tests: what holds the FX thread counts, whether it
 * computes or waits; waiting for a processor on a loaded machine does not.
 */
@ResourceLock(Locks.FX_TOOLKIT)
class FxThreadWatchTest {
    private static final long BLOCK_MILLIS = 300;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aComputationOrAWaitOnTheFxThreadShowsAsAGapAsLongAsItIs() throws Exception {
        try (FxThreadWatch watch = new FxThreadWatch()) {
            settle(watch);
            WaitForAsyncUtils.asyncFx(() -> compute(BLOCK_MILLIS)).get(5, TimeUnit.SECONDS);
            settleAfter();
            assertTrue(watch.maxGapMillis() >= BLOCK_MILLIS - 20, "computing: " + watch.maxGapMillis() + " ms");

            settle(watch);
            WaitForAsyncUtils.asyncFx(() -> sleep(BLOCK_MILLIS)).get(5, TimeUnit.SECONDS);
            settleAfter();
            assertTrue(watch.maxGapMillis() >= BLOCK_MILLIS - 20, "waiting: " + watch.maxGapMillis() + " ms");
        }
    }

    @Test
    void waitingForAProcessorBesideBusyProcessesIsNotCountedAsAPause() throws Exception {
        long before = fxWaited();
        assumeTrue(before > 0, "the kernel says nothing of a thread's time waiting for a processor here");
        // Other processes, as on a shared machine: spinning threads of this JVM would also delay its safepoints.
        List<Process> busy = new ArrayList<>();
        try (FxThreadWatch watch = new FxThreadWatch()) {
            settle(watch);
            for (int i = 0; i < 4 * Runtime.getRuntime().availableProcessors(); i++) {
                busy.add(new ProcessBuilder("sh", "-c", "while :; do :; done").start());
            }
            // The FX thread works in steps of 20 ms of its own processor time, as when it lays out a window,
            // and waits for a processor whenever the busy processes have it.
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1_500);
            while (System.nanoTime() < until) {
                WaitForAsyncUtils.asyncFx(() -> compute(20)).get(10, TimeUnit.SECONDS);
            }
            busy.forEach(Process::destroy);
            settleAfter();
            long after = fxWaited();
            long[] total = watch.totalGapMillis();
            long waited = TimeUnit.NANOSECONDS.toMillis(after - before);
            assumeTrue(waited >= 200, "the busy processes kept the FX thread waiting for only " + waited + " ms");
            assertTrue(total[1] - total[0] >= waited / 2, "of " + waited + " ms the FX thread waited for a "
                    + "processor, " + (total[1] - total[0]) + " ms were left out of its pauses");
            assertTrue(watch.maxGapMillis() < RecordFormsTest.MAX_FX_GAP_MILLIS, "the FX thread seemed blocked for "
                    + watch.maxGapMillis() + " ms (" + watch.maxWallGapMillis() + " ms of wall time)");
        } finally {
            busy.forEach(Process::destroyForcibly);
        }
    }

    @Test
    void aCollectionsPauseIsNotCountedAsTheFxThreads() throws Exception {
        try (FxThreadWatch watch = new FxThreadWatch()) {
            // Enough live objects that a full collection takes a while: another class's heap, say.
            Object[][] live = new Object[4_000][];
            for (int i = 0; i < live.length; i++) {
                live[i] = new Object[1_000];
                Arrays.setAll(live[i], n -> new int[] {n});
            }
            settle(watch);
            // The FX thread computes for 150 ms of its own time, and the collection stops it halfway.
            Future<Void> computing = WaitForAsyncUtils.asyncFx(() -> compute(150));
            Thread.sleep(50);
            long before = FxThreadWatch.collectedMillis();
            System.gc();
            long paused = FxThreadWatch.collectedMillis() - before;
            computing.get(10, TimeUnit.SECONDS);
            settleAfter();
            assumeTrue(paused >= 50 && watch.maxWallGapMillis() >= 50, "the collection took only " + paused + " ms");
            assertTrue(watch.maxGapMillis() < watch.maxWallGapMillis() - paused / 2, "a pause of "
                    + watch.maxGapMillis() + " ms counted (" + watch.maxWallGapMillis() + " ms of wall time) though "
                    + "the collection paused the JVM for " + paused + " ms; live: " + live.length);
        }
    }

    private static long fxWaited() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> FxThreadWatch.waitedForProcessor(FxThreadWatch.ownSchedstat()))
                .get(5, TimeUnit.SECONDS);
    }

    private static void settle(FxThreadWatch watch) {
        WaitForAsyncUtils.waitForFxEvents();
        watch.reset();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A few more ticks, so that the run after the block is counted. */
    private static void settleAfter() throws InterruptedException {
        Thread.sleep(50);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Computes for this long of the thread's own processor time, however long the machine makes it wait. */
    private static void compute(long millis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (threads.getCurrentThreadCpuTime() < until) {
            Thread.onSpinWait();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
