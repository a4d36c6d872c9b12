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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import org.briefingdesk.logic.store.DamagedFileException;
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
    /**
     * The page cache of the one connection, in KiB (SQLite's default is 2 MiB). Search reads the
     * full-text index's posting lists page by page; with 32 MiB the often-read ones stay in memory
     * across searches, which halved the median search time on the benchmark's 240 MB file.
     */
    private static final int PAGE_CACHE_KIB = 32 * 1024;
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path file;
    private final Connection connection;
    /** Held while this Database owns the writer lock; null when read-only or when a caller holds it. */
    private final WriterLock writerLock;
    private final boolean writable;
    private final ReentrantLock lock = new ReentrantLock();
    private int transactionDepth;
    private IntegrityCheck integrity = IntegrityCheck.PASSED;

    private Database(Path file, Connection connection, WriterLock writerLock, boolean writable) {
        this.file = file;
        this.connection = connection;
        this.writerLock = writerLock;
        this.writable = writable;
    }

    /**
     * Opens an existing file for writing while the caller already holds its writer lock (a restore
     * backing up the file it is about to replace). No check, no migration.
     */
    static Database openUnderHeldLock(Path file) {
        try {
            return new Database(file, config(false).createConnection("jdbc:sqlite:" + file), null, true);
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    /** Opens the file for writing (refusing when another copy is writing), migrating it as needed. */
    public static Database open(Path file, boolean create) {
        return open(file, create, false);
    }

    /**
     * Opens (and with {@code create}, creates) the file, checks it with {@code quick_check} and
     * migrates it to this build's schema (after a verified backup of the old version).
     *
     * @param allowReadOnly open read-only, instead of refusing, when another copy is writing
     * @throws DamagedFileException when the check fails: the damaged file is kept under a new name
     * @throws StoreException       with a sentence for the user for every other reason
     */
    public static Database open(Path file, boolean create, boolean allowReadOnly) {
        return open(file, create, allowReadOnly, null);
    }

    /**
     * {@link #open(Path, boolean, boolean)}, but with {@code checkLater} the {@code quick_check} of a file that
     * needs no migration runs afterwards on that executor ({@link #integrityChecked()}): the window shows the data
     * meanwhile, and writes wait for the check. A file to migrate is checked first, as always.
     */
    public static Database open(Path file, boolean create, boolean allowReadOnly, Executor checkLater) {
        Path path = file.toAbsolutePath();
        prepareFile(path, create);
        WriterLock writer = acquireWriterLock(path);
        if (writer == null && !allowReadOnly) {
            throw new StoreException("error.db.locked", path);
        }
        Connection connection;
        try {
            connection = config(writer == null).createConnection("jdbc:sqlite:" + path);
        } catch (SQLException e) {
            if (writer != null) {
                writer.close();
            }
            throw damagedIfOurs(translate(e, path), path);
        }
        Database db = new Database(path, connection, writer, writer != null);
        try {
            if (writer != null) {
                db.enableWal();
            }
            if (checkLater != null && new Migrator(db).upToDate()) {
                db.integrity = IntegrityCheck.start(path, checkLater);
            } else {
                db.checkIntegrity();
            }
            new Migrator(db).migrate();
            return db;
        } catch (StoreException e) {
            db.close();
            throw damagedIfOurs(e, path);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static WriterLock acquireWriterLock(Path path) {
        try {
            return WriterLock.tryAcquire(path).orElse(null);
        } catch (IOException e) {
            throw new StoreException(e, "error.db.unreadable", path);
        }
    }

    /** {@code quick_check}: fast, and catches the damage a crash or a bad disk leaves. */
    private void checkIntegrity() {
        String result = read(c -> Jdbc.queryOne(c, "PRAGMA quick_check", rs -> rs.getString(1)).orElse(""));
        if (!"ok".equals(result)) {
            throw new StoreException("error.db.corrupt", file);
        }
    }

    /**
     * A file that fails its check, or no longer even looks like a database, while it has backups of
     * ours beside it, is our damaged file: keep it under a new name and point to the newest backup.
     */
    static StoreException damagedIfOurs(StoreException e, Path path) {
        boolean damaged = e.key().equals("error.db.corrupt")
                || (e.key().equals("error.db.notDatabase") && !new BackupFiles(path).list().isEmpty());
        if (!damaged) {
            return e;
        }
        Path copy = path.resolveSibling(path.getFileName() + ".damaged-"
                + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(java.time.LocalDateTime.now()));
        try {
            java.nio.file.Files.copy(path, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            makePrivate(copy);
        } catch (IOException io) {
            e.addSuppressed(io);
            return e;
        }
        return new DamagedFileException(path, copy, new BackupFiles(path).list().stream().findFirst().orElse(null));
    }

    public boolean readOnly() {
        return !writable;
    }

    static SQLiteConfig config(boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setCacheSize(-PAGE_CACHE_KIB); // negative: KiB rather than pages
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
                if (parent != null) {
                    createPrivateFolder(parent);
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

    /** Creates a folder (and its parents) readable by the owner only, unless it exists. */
    static void createPrivateFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (posix()) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_DIR));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Restricts a file to its owner (where the file system knows owners). */
    static void makePrivate(Path file) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(file, OWNER_FILE);
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

    /** Waits for the integrity check still running after opening; throws what it found when it failed. */
    public void awaitIntegrity() {
        integrity.awaitPassed();
    }

    /** Completes once the file passed its integrity check (at once when it was checked while opening). */
    public CompletableFuture<Void> integrityChecked() {
        return integrity.result();
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

    /**
     * Runs {@code work} as one transaction; on any failure nothing of it is kept. A write waits, before taking the
     * connection (reads go on meanwhile), for the integrity check still running after opening, and is refused
     * when the check fails.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        if (!lock.isHeldByCurrentThread()) {
            integrity.awaitPassed();
        }
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
            if (writerLock != null) {
                writerLock.close();
            }
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
