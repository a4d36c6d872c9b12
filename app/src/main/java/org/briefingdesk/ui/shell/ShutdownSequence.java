package org.briefingdesk.ui.shell;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefingdesk.ui.common.FxBackgroundTasks;

/**
 * Quitting, in order: the window's background work stops accepting new work and delivering outcomes,
 * the work already running finishes (a save in progress completes; a few seconds at most), the store
 * closes with its closing backup, and only then the application exits. The waiting runs on a thread of
 * its own, so the FX thread keeps drawing meanwhile. Runs once, however often it is asked.
 */
public final class ShutdownSequence {
    private static final Logger LOG = Logger.getLogger(ShutdownSequence.class.getName());

    private final FxBackgroundTasks tasks;
    private final Runnable closeStore;
    private final Executor fxThread;
    private final Runnable exit;
    private final AtomicBoolean started = new AtomicBoolean();

    /**
     * @param closeStore closes the store (and writes the closing backup); runs off the FX thread
     * @param fxThread   where {@code exit} runs ({@code Platform::runLater} in the application)
     */
    public ShutdownSequence(FxBackgroundTasks tasks, Runnable closeStore, Executor fxThread, Runnable exit) {
        this.tasks = tasks;
        this.closeStore = closeStore;
        this.fxThread = fxThread;
        this.exit = exit;
    }

    public void run() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        tasks.stopAccepting();
        Thread finishing = new Thread(() -> {
            try {
                tasks.close();
                closeStore.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Closing the store failed", e);
            } finally {
                fxThread.execute(exit);
            }
        }, "briefing-desk-shutdown");
        finishing.start();
    }
}
