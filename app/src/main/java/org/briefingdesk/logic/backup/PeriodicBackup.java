package org.briefingdesk.logic.backup;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.briefingdesk.logic.store.Backups;
import org.briefingdesk.logic.store.RecordStore;

/**
 * While the window edits a database, a verified backup every 30 minutes, but only when something
 * changed since the last one. Runs on its own thread; a failure is logged and retried next time.
 */
public final class PeriodicBackup implements AutoCloseable {
    public static final Duration INTERVAL = Duration.ofMinutes(30);
    private static final System.Logger LOG = System.getLogger(PeriodicBackup.class.getName());

    private final RecordStore store;
    private final ScheduledExecutorService timer;

    private PeriodicBackup(RecordStore store, Duration interval) {
        this.store = store;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "periodic-backup");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts backing up {@code store} every {@code interval}; nothing for a read-only store. */
    public static PeriodicBackup start(RecordStore store, Duration interval) {
        return new PeriodicBackup(store, interval);
    }

    /** One round: a backup when there were changes since the last. True when one was made. */
    public boolean runOnce() {
        try {
            if (!store.readOnly() && store.backups().hasChangesSinceBackup()) {
                store.backups().create(Backups.Reason.PERIODIC);
                return true;
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "periodic backup failed", e);
        }
        return false;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS); // a backup under way finishes before the file closes
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
