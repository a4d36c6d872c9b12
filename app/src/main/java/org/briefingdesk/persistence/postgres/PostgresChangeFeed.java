package org.briefingdesk.persistence.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.briefingdesk.model.RecordKind;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Live updates: a connection of its own that LISTENs on the change channel and tells the listener
 * which kind of record someone else changed (the desk's own saves are left out). Once it listens,
 * and again after the connection dropped and came back, it reports every kind: changes made before
 * it listened would otherwise be missed.
 */
final class PostgresChangeFeed implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PostgresChangeFeed.class.getName());
    /** How long one wait for notifications lasts: a change reaches the window well within a second. */
    private static final int POLL_MS = 200;
    private static final long RETRY_MS = 1_000;

    private final PostgresConnector connector;
    private final IntSupplier ownProcess;
    private final Consumer<RecordKind> listener;
    private final Thread thread;
    private volatile boolean open = true;
    private volatile Connection connection;

    PostgresChangeFeed(PostgresConnector connector, IntSupplier ownProcess, Consumer<RecordKind> listener) {
        this.connector = connector;
        this.ownProcess = ownProcess;
        this.listener = listener;
        this.thread = new Thread(this::run, "briefing-desk-live-updates");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (open) {
            try (Connection c = connector.open()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + PostgresSharedWrites.CHANNEL);
                }
                for (RecordKind kind : RecordKind.values()) {
                    listener.accept(kind);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (open) {
                    PGNotification[] notes = pg.getNotifications(POLL_MS);
                    if (notes == null) {
                        continue;
                    }
                    for (PGNotification note : notes) {
                        if (note.getPID() != ownProcess.getAsInt()) {
                            listener.accept(RecordKind.valueOf(note.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!open) {
                    return;
                }
                LOG.log(System.Logger.Level.WARNING, "live updates interrupted; connecting again", e);
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        open = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing wakes the thread, which then ends
            }
        }
        thread.interrupt();
    }
}
