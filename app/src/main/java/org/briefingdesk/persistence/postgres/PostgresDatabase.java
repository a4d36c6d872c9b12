package org.briefingdesk.persistence.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.persistence.Jdbc;
import org.briefingdesk.persistence.SqlDatabase;
import org.briefingdesk.persistence.SqlWork;
import org.postgresql.PGConnection;

/**
 * One desk's connection to the team server, used by one thread at a time (as the SQLite file's).
 * When the connection drops, the call in progress fails with one sentence (the server rolled back
 * its transaction: nothing is half-written) and the next call connects again.
 */
final class PostgresDatabase implements SqlDatabase, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PostgresDatabase.class.getName());
    private final PostgresConnector connector;
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection;
    private int transactionDepth;
    private long transactionSerial;
    private boolean mayWrite = true;
    /** The kinds of record whose history lines the running transaction wrote, to be announced once it commits. */
    private final Set<RecordKind> changed = EnumSet.noneOf(RecordKind.class);
    /** The server process behind this desk's connection: its own notifications are not news. */
    private volatile int backendPid;

    PostgresDatabase(PostgresConnector connector) {
        this.connector = connector;
        connection = connect();
    }

    private Connection connect() {
        try {
            Connection c = connector.open();
            backendPid = c.unwrap(PGConnection.class).getBackendPID();
            return c;
        } catch (SQLException e) {
            if (connector.password() == null && "08004".equals(e.getSQLState())) {
                throw new StoreException(e, "error.server.noPassword", displayName());
            }
            throw PostgresErrors.translate(e, displayName());
        }
    }

    int backendPid() {
        return backendPid;
    }

    String displayName() {
        return connector.address().displayName();
    }

    PostgresConnector connector() {
        return connector;
    }

    /** Set once the role's privileges are known: a reader's desk says so before anything is tried. */
    void setMayWrite(boolean mayWrite) {
        this.mayWrite = mayWrite;
    }

    @Override
    public long transactionSerial() {
        return transactionSerial;
    }

    /** True inside a transaction that no outer one encloses: its work may end it (see PostgresSharedWrites). */
    boolean outermostTransaction() {
        return transactionDepth == 1;
    }

    @Override
    public boolean readOnly() {
        return !mayWrite;
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            if (transactionDepth > 0) {
                return work.run(connection);
            }
            return work.run(live());
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            if (transactionDepth > 0) {
                transactionDepth++;
                try {
                    return work.run(connection);
                } finally {
                    transactionDepth--;
                }
            }
            return outermost(work);
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            lock.unlock();
        }
    }

    private <T> T outermost(SqlWork<T> work) throws SQLException {
        Connection c = live();
        c.setAutoCommit(false);
        transactionDepth = 1;
        transactionSerial++;
        changed.clear(); // what a failed transaction noted is never announced: it ended before announce
        boolean committed = false;
        T result;
        try {
            result = work.run(c);
            c.commit();
            committed = true;
        } finally {
            transactionDepth = 0;
            if (!committed) {
                rollbackQuietly(c);
            }
            if (!c.isClosed()) {
                c.setAutoCommit(true);
            }
        }
        announce(c);
        return result;
    }

    /** A history line of this kind is being written: the other desks hear of the kind once the transaction commits. */
    void changed(RecordKind kind) {
        changed.add(kind);
    }

    /**
     * The statement that tells the other desks (LISTEN {@value PostgresSharedWrites#CHANNEL}) which kinds of
     * record the transaction just committed changed, then forgets them; null when it changed none. It runs after
     * the COMMIT, in a transaction of its own that does not wait for the disk: a NOTIFY holds a lock that every
     * notifying commit in the database takes, until its commit is on disk, so a notification inside the
     * transaction (as a trigger on the history table sent it) made the saves of ten desks wait for one another's
     * disk writes. The kind only, never an id or text.
     */
    String announcement() {
        if (changed.isEmpty()) {
            return null;
        }
        StringBuilder sql = new StringBuilder("SELECT set_config('synchronous_commit', 'off', true)");
        for (RecordKind kind : changed) {
            sql.append(", pg_notify('").append(PostgresSharedWrites.CHANNEL).append("', '").append(kind.name())
                    .append("')");
        }
        changed.clear();
        return sql.toString();
    }

    /** Announces what the transaction committed, unless its last round trip did; the change stands either way. */
    private void announce(Connection c) {
        String sql = announcement();
        if (sql == null) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "the other desks were not told of a change (they see it when they "
                    + "next read)", e);
            if (PostgresErrors.connectionLost(e)) {
                drop();
            }
        }
    }

    /** The connection, opened again when the last one was lost. */
    private Connection live() throws SQLException {
        if (connection == null || connection.isClosed()) {
            drop();
            connection = connect();
        }
        return connection;
    }

    private StoreException failed(SQLException e) {
        if (PostgresErrors.connectionLost(e)) {
            drop();
        }
        return PostgresErrors.translate(e, displayName());
    }

    private void drop() {
        if (connection != null) {
            Jdbc.forget(connection);
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it is gone already
            }
            connection = null;
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.isClosed()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // The original failure is what the user needs to hear about.
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            drop();
        } finally {
            lock.unlock();
        }
    }
}
