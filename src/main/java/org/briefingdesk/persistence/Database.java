package org.briefingdesk.persistence;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.briefingdesk.logic.store.StoreException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The SQLite file and its one connection. Every connection runs with foreign keys on, WAL,
 * {@code synchronous=FULL} (a change reported as saved survives a power cut) and a busy timeout.
 * Calls from several threads are serialised; {@link #inTransaction} nests by joining the outer
 * transaction, so a service can group several repository calls into one atomic change.
 */
public final class Database implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MS = 5_000;
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private int transactionDepth;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (and with {@code create}, creates) the file and migrates it to this build's schema.
     *
     * @throws StoreException with a sentence for the user when that is not possible
     */
    public static Database open(Path file, boolean create) {
        Path path = file.toAbsolutePath();
        prepareFile(path, create);
        Connection connection;
        try {
            connection = config().createConnection("jdbc:sqlite:" + path);
        } catch (SQLException e) {
            throw translate(e, path);
        }
        Database db = new Database(path, connection);
        try {
            db.enableWal();
            new Migrator(db).migrate();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config;
    }

    private static void prepareFile(Path path, boolean create) {
        if (Files.isDirectory(path)) {
            throw new StoreException("error.db.notDatabase", path);
        }
        if (!Files.exists(path)) {
            if (!create) {
                throw new StoreException("error.db.missing", path);
            }
            try {
                Path parent = path.getParent();
                if (parent != null && !Files.isDirectory(parent)) {
                    if (posix()) {
                        Files.createDirectories(parent, PosixFilePermissions.asFileAttribute(OWNER_DIR));
                    } else {
                        Files.createDirectories(parent);
                    }
                }
                // Created empty and private before SQLite touches it; SQLite gives -wal and -shm
                // the same permissions as the database file.
                if (posix()) {
                    Files.createFile(path, PosixFilePermissions.asFileAttribute(OWNER_FILE));
                } else {
                    Files.createFile(path);
                }
            } catch (IOException e) {
                throw new StoreException(e, "error.db.cannotCreate", path);
            }
        }
        if (!Files.isReadable(path)) {
            throw new StoreException("error.db.unreadable", path);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private void enableWal() {
        read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
            }
            return null;
        });
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} without opening a transaction (reads, pragmas). */
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(e, file);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} as one transaction; on any failure nothing of it is kept. */
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
            return outermostTransaction(work);
        } catch (SQLException e) {
            throw translate(e, file);
        } finally {
            lock.unlock();
        }
    }

    private <T> T outermostTransaction(SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        transactionDepth = 1;
        boolean committed = false;
        try {
            T result = work.run(connection);
            connection.commit();
            committed = true;
            return result;
        } finally {
            transactionDepth = 0;
            if (!committed) {
                rollbackQuietly();
            }
            connection.setAutoCommit(true);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is what the user needs to hear about.
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            StatementCache.forget(connection);
            if (!connection.isClosed()) {
                connection.close();
            }
        } catch (SQLException e) {
            throw translate(e, file);
        } finally {
            lock.unlock();
        }
    }

    /** An SQLite failure as one sentence for the user; the cause keeps the details for the log. */
    static StoreException translate(SQLException e, Path file) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        if (code == null) {
            return new StoreException(e, "error.db.failed", file);
        }
        return switch (code.code & 0xff) {
            case 26 -> new StoreException(e, "error.db.notDatabase", file); // SQLITE_NOTADB
            case 11 -> new StoreException(e, "error.db.corrupt", file);     // SQLITE_CORRUPT
            case 13 -> new StoreException(e, "error.db.full", file);        // SQLITE_FULL
            case 8 -> new StoreException(e, "error.db.readOnly", file);     // SQLITE_READONLY
            case 5, 6 -> new StoreException(e, "error.db.busy", file);      // SQLITE_BUSY, LOCKED
            case 14 -> new StoreException(e, "error.db.unreadable", file);  // SQLITE_CANTOPEN
            case 19 -> new StoreException(e, "error.db.constraint", file);  // SQLITE_CONSTRAINT
            default -> new StoreException(e, "error.db.failed", file);
        };
    }
}
