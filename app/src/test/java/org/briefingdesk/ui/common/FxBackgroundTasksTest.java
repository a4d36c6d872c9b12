package org.briefingdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.briefingdesk.testutil.FxSettle;
import org.briefingdesk.testutil.Locks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.testfx.api.FxToolkit;

/**
 * The shutdown's first step: once the application stops accepting work, a save's outcome that would reload
 * a table is not delivered, and work asked for afterwards is neither started nor an error on the FX thread
 * (it was a RejectedExecutionException when Ctrl+Q followed Ctrl+S at once).
 */
@ResourceLock(Locks.FX_TOOLKIT)
class FxBackgroundTasksTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void workAskedForAfterTheTasksClosedIsNotStartedAndThrowsNothing() {
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        tasks.close();
        AtomicBoolean started = new AtomicBoolean();
        assertDoesNotThrow(() -> tasks.run(() -> started.getAndSet(true), r -> { }, e -> { }));
        assertEquals(false, started.get());
    }

    @Test
    void anOutcomeArrivingAfterTheShutdownBeganIsDroppedAndRunningWorkFinishes() throws Exception {
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        List<String> delivered = new CopyOnWriteArrayList<>();
        tasks.run(() -> {
            release.await(10, TimeUnit.SECONDS);
            finished.set(true); // a save's transaction completes
            return "saved";
        }, result -> {
            delivered.add(result);
            tasks.run(() -> "reloaded", delivered::add, e -> delivered.add("failed"));
        }, e -> delivered.add("failed"));

        tasks.stopAccepting();
        release.countDown();
        tasks.close();
        FxSettle.settle();

        assertTrue(finished.get(), "the work already running finished");
        assertEquals(List.of(), delivered, "nothing reaches a window that is closing");
    }
}
