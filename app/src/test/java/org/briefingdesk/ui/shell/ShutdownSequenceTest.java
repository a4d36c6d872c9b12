package org.briefingdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.ui.common.FxBackgroundTasks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.testfx.api.FxToolkit;

/** The shutdown without a window: its steps in order, the running work finished before the store closes. */
@ResourceLock(Locks.FX_TOOLKIT)
class ShutdownSequenceTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void runningWorkFinishesThenTheStoreClosesThenTheApplicationExitsOnce() throws Exception {
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        List<String> steps = new CopyOnWriteArrayList<>();
        CountDownLatch saving = new CountDownLatch(1);
        CountDownLatch exited = new CountDownLatch(1);
        tasks.run(() -> {
            saving.countDown();
            Thread.sleep(200); // a save's transaction
            steps.add("save committed");
            return null;
        }, ignored -> steps.add("outcome delivered"), e -> steps.add("failed"));
        assertTrue(saving.await(5, TimeUnit.SECONDS));

        ShutdownSequence shutdown = new ShutdownSequence(tasks, () -> steps.add("store closed"), Runnable::run, () -> {
            steps.add("exit");
            exited.countDown();
        });
        shutdown.run();
        shutdown.run(); // Ctrl+Q pressed twice
        assertTrue(exited.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("save committed", "store closed", "exit"), steps);
    }
}
