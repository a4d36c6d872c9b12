package org.briefingdesk.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import org.briefingdesk.logic.files.DiskSpace;
import org.briefingdesk.logic.files.PrivateFiles;
import org.briefingdesk.logic.store.DamagedFileException;
import org.briefingdesk.logic.store.FileIdentity;
import org.briefingdesk.logic.store.OpenMode;
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
public final class Database implements SqlDatabase, AutoCloseable {
    private static final int BUSY_TIMEOUT_MS = 5_000;
    /**
     * The page cache of the one connection, in KiB (SQLite's default is 2 MiB). Search reads the
     * full-text index's posting lists page by page; with 32 MiB the often-read ones stay in memory
     * across searches, which halved the median search time on the benchmark's 240 MB file.
     */
    private static final int PAGE_CACHE_KIB = 32 * 1024;
    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    private final Path file;
    private final Connection connection;
    /** Held while this Database owns the writer lock; null when read-only or when a caller holds it. */
    private final WriterLock writerLock;
    private final boolean writable;
    private final ReentrantLock lock = new ReentrantLock();
    private int transactionDepth;
    /** Counts outermost transactions: what a batch writer remembers is good for one of them only. */
    private long transactionSerial;
    private IntegrityCheck integrity = IntegrityCheck.PASSED;
    /** Set once opening succeeded: a file refused while opening is not one to call cleanly closed. */
    private boolean opened;

    private Database(Path file, Connection connection, WriterLock writerLock, boolean writable) {
        this.file = file;
        this.connection = connection;
        this.writerLock = writerLock;
        this.writable = writable;
        try {
            SortKeys.register(connection);
        } catch (SQLException e) {
            throw translate(e, file);
        }
    }

    /**
     * Opens an existing file for writing while the caller already holds its writer lock (a restore
     * backing up the file it is about to replace). No check, no migration.
     */
    static Database openUnderHeldLock(Path file) {
        return new Database(file, connect(file, false), null, true);
    }

    /**
     * Opens the file as {@code mode} says. The file is identified first without changing it
     * ({@link DatabaseFiles#identify}): a file that is refused is left exactly as it was, without a
     * lock file or a {@code -wal} beside it. A writer then takes the writer lock, checks the file and
     * migrates it to this build's schema (after a verified backup of the old version); a reader opens it
     * read-only, without the lock, and checks it. The check is bounded ({@link #checkBounded}) unless the
     * last writer did not close the file or it is to be migrated: then {@code quick_check} reads all of it.
     *
     * @throws DamagedFileException when the file is ours but damaged, or is empty, not a database or
     *                              another program's while backups of it are beside it
     * @throws StoreException       with a sentence for the user for every other reason
     */
    public static Database open(Path file, OpenMode mode) {
        return open(file, mode, Clock.systemDefaultZone(), null);
    }

    static Database open(Path file, OpenMode mode, Clock clock) {
        return open(file, mode, clock, null);
    }

    /**
     * {@link #open(Path, OpenMode)}, but with {@code checkLater} a writer runs {@code quick_check} of a file that
     * needs no migration afterwards on that executor ({@link #integrityChecked()}), whether or not it was closed
     * cleanly: the window shows the data meanwhile, and writes wait for the check. A file to migrate is checked
     * first, as always.
     */
    static Database open(Path file, OpenMode mode, Clock clock, Executor checkLater) {
        Path path = file.toAbsolutePath();
        refuseUnusable(path, DatabaseFiles.identify(path), mode, clock);
        if (!mode.writes()) {
            return openReader(path, clock);
        }
        prepareFolder(path, mode);
        WriterLock writer = acquireWriterLock(path);
        Database db = null;
        try {
            // Identified again under the lock: a restore may have replaced the file in between.
            FileIdentity identity = DatabaseFiles.identify(path);
            refuseUnusable(path, identity, mode, clock);
            DatabaseFiles.sweepTemporaryFiles(path);
            // Committed data still in the -wal with no writer on the file: a writer that never closed it.
            boolean unclean = markOpen(writer, path) || DatabaseFiles.walHasData(path);
            if (identity.kind() == FileIdentity.Kind.MISSING) {
                createFile(path);
            }
            db = new Database(path, connect(path, false), writer, true);
            db.enableWal();
            boolean upToDate = new Migrator(db).upToDate();
            if (checkLater != null && upToDate) {
                db.integrity = IntegrityCheck.start(path, checkLater, clock);
            } else if (unclean || !upToDate) {
                db.checkIntegrity(clock);
            } else {
                db.checkBounded(clock);
            }
            new Migrator(db).migrate();
            db.opened = true;
            return db;
        } catch (RuntimeException e) {
            if (db != null) {
                db.close();
            } else {
                writer.close();
            }
            throw damagedWhenUnreadable(e, path, mode, clock);
        }
    }

    /** SQLite finding the file malformed anywhere while opening it means the same as a failed check. */
    private static RuntimeException damagedWhenUnreadable(RuntimeException e, Path path, OpenMode mode, Clock clock) {
        if (e instanceof StoreException store && !(e instanceof DamagedFileException)
                && (store.key().equals("error.db.corrupt") || store.key().equals("error.db.notDatabase"))) {
            DamagedFileException damaged = damaged(path, FileIdentity.of(FileIdentity.Kind.DAMAGED), mode, clock);
            damaged.addSuppressed(e);
            return damaged;
        }
        return e;
    }

    private static Database openReader(Path path, Clock clock) {
        Connection connection;
        try {
            connection = DatabaseFiles.openReadOnly(path, () -> config(false));
        } catch (SQLException e) {
            throw damagedWhenUnreadable(translate(e, path), path, OpenMode.READ, clock);
        }
        Database db = new Database(path, connection, null, false);
        try {
            if (WriterLock.leftOpen(path)) {
                db.checkIntegrity(clock);
            } else {
                db.checkBounded(clock);
            }
            new Migrator(db).migrate();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw damagedWhenUnreadable(e, path, OpenMode.READ, clock);
        }
    }

    private static Connection connect(Path path, boolean readOnly) {
        try {
            return config(readOnly).createConnection("jdbc:sqlite:" + path);
        } catch (SQLException e) {
            throw translate(e, path);
        }
    }

    /**
     * Refuses what cannot be opened in this mode, with the reason. A file that holds no data of ours
     * (empty, not a database, another program's) while backups of a database of its name are beside
     * it is that database, damaged; without backups it is only a new one when a creating writer opens
     * an empty file.
     */
    private static void refuseUnusable(Path path, FileIdentity identity, OpenMode mode, Clock clock) {
        switch (identity.kind()) {
            case OURS:
                return;
            case MISSING:
                if (mode == OpenMode.CREATE) {
                    return;
                }
                throw new StoreException("error.db.missing", path);
            case NOT_A_FILE:
                throw new StoreException("error.db.notAFile", path);
            case UNREADABLE:
                throw new StoreException("error.db.unreadable", path);
            case NEWER:
                throw new StoreException("error.db.newer", path, identity.schemaVersion(), Migrator.latestVersion());
            default:
                break;
        }
        if (identity.kind() == FileIdentity.Kind.DAMAGED || !new BackupFiles(path).list().isEmpty()) {
            throw damaged(path, identity, mode, clock);
        }
        if (identity.empty() && mode == OpenMode.CREATE) {
            return;
        }
        switch (identity.kind()) {
            case EMPTY:
            case EMPTY_SQLITE:
                throw new StoreException("error.db.empty", path);
            case FOREIGN:
                throw new StoreException("error.db.notBriefingDesk", path);
            default:
                throw new StoreException("error.db.notDatabase", path);
        }
    }

    /**
     * The file is damaged: a writer keeps a copy of it under a new name (a reader changes nothing), and
     * the user is told which verified backup restores it.
     */
    private static DamagedFileException damaged(Path path, FileIdentity identity, OpenMode mode, Clock clock) {
        Path copy = null;
        if (mode.writes() && identity.kind() != FileIdentity.Kind.EMPTY) { // an empty file has nothing to keep
            try {
                copy = DatabaseFiles.copyAside(path, clock);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "damaged file could not be copied aside", e);
            }
        }
        return new DamagedFileException(path, identity.kind(), copy,
                new BackupFiles(path).newestVerified().orElse(null));
    }

    private static WriterLock acquireWriterLock(Path path) {
        try {
            return WriterLock.tryAcquire(path).orElseThrow(() -> new StoreException("error.db.locked", path));
        } catch (IOException e) {
            throw new StoreException(e, "error.db.lockFile", path);
        }
    }

    /** Says in the lock file that the file is open for writing; returns whether its last writer never closed it. */
    private static boolean markOpen(WriterLock writer, Path path) {
        try {
            boolean leftOpen = writer.previousWriterLeftOpen();
            writer.markOpen();
            return leftOpen;
        } catch (IOException e) {
            throw new StoreException(e, "error.db.lockFile", path);
        }
    }

    /**
     * The check of an ordinary open, in a time that does not grow with the file: the header was read by
     * {@link DatabaseFiles#identify} (ours, schema version, page size); here the file holds every page the header
     * counts, and the schema reads. What lies deeper is checked in full where it protects: after a writer that did
     * not close the file, by {@code check}, on every backup, and by the window after it opened.
     */
    private void checkBounded(Clock clock) {
        boolean damaged;
        try {
            damaged = DatabaseFiles.truncated(file);
            read(c -> Jdbc.count(c, "SELECT count(*) FROM sqlite_master")); // SQLite parses the schema
        } catch (StoreException e) {
            if (!e.key().equals("error.db.corrupt") && !e.key().equals("error.db.notDatabase")) {
                throw e;
            }
            damaged = true;
        }
        if (damaged) {
            throw damagedFound(file, writable ? OpenMode.WRITE : OpenMode.READ, clock);
        }
    }

    /**
     * {@code quick_check}: catches the damage a crash or a bad disk leaves, reading every page (1.2-1.6 s on a file
     * of 137,000 records).
     */
    private void checkIntegrity(Clock clock) {
        List<String> damage;
        try {
            damage = read(c -> quickCheck(c, file));
        } catch (StoreException e) {
            damage = unreadable(e);
        }
        if (!damage.isEmpty()) {
            throw damagedFound(file, writable ? OpenMode.WRITE : OpenMode.READ, clock);
        }
    }

    /** {@code quick_check} over {@code c}: what it found damaged, none when the file is sound. */
    static List<String> quickCheck(Connection c, Path file) {
        try {
            return DatabaseFiles.damage(Jdbc.query(c, "PRAGMA quick_check", r -> r.getString(1)));
        } catch (SQLException e) {
            return unreadable(translate(e, file));
        }
    }

    /** A check that SQLite could not even run on a malformed file found it damaged; any other failure is thrown. */
    static List<String> unreadable(StoreException e) {
        if (!e.key().equals("error.db.corrupt") && !e.key().equals("error.db.notDatabase")) {
            throw e;
        }
        return List.of("unreadable");
    }

    /** A check found the file damaged: as {@link #open} reports it (a writer keeps a copy, names the backup). */
    static DamagedFileException damagedFound(Path path, OpenMode mode, Clock clock) {
        return damaged(path, FileIdentity.of(FileIdentity.Kind.DAMAGED), mode, clock);
    }

    @Override
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

    /** A creating writer makes the database's folder (owner-only) if it is missing. */
    private static void prepareFolder(Path path, OpenMode mode) {
        Path parent = path.getParent();
        if (mode != OpenMode.CREATE || parent == null || Files.isDirectory(parent)) {
            return;
        }
        try {
            createPrivateFolder(parent);
        } catch (IOException e) {
            throw new StoreException(e, "error.db.cannotCreate", path);
        }
    }

    /** Created empty and owner-only before SQLite touches it; SQLite gives its -wal and -shm the same permissions. */
    private static void createFile(Path path) {
        try {
            PrivateFiles.createNew(path);
        } catch (IOException e) {
            throw new StoreException(e, "error.db.cannotCreate", path);
        }
    }

    /** Creates a folder (and its parents) readable by the owner only, unless it exists. */
    static void createPrivateFolder(Path folder) throws IOException {
        PrivateFiles.createFolder(folder);
    }

    /** Restricts a file to its owner (where the file system knows owners), not following a link. */
    static void makePrivate(Path file) throws IOException {
        PrivateFiles.restrict(file);
    }

    private void enableWal() {
        read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
            }
            return null;
        });
    }

    /** The number of the outermost transaction running now (or last run) on this connection. */
    @Override
    public long transactionSerial() {
        return transactionSerial;
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
    @Override
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
    @Override
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
        transactionSerial++;
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

    /**
     * Closes the file. A writer whose file passed its check says in its lock file that it closed the file cleanly
     * (SQLite has folded the {@code -wal} into it by then): the next open needs no full check.
     */
    @Override
    public void close() {
        lock.lock();
        try {
            StatementCache.forget(connection);
            if (!connection.isClosed()) {
                connection.close();
            }
            if (writerLock != null && opened && integrity.passed()) {
                writerLock.markClosed();
            }
        } catch (SQLException e) {
            throw translate(e, file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "clean close not recorded; the next open checks the whole file", e);
        } finally {
            if (writerLock != null) {
                writerLock.close();
            }
            lock.unlock();
        }
    }

    /**
     * Room a write needs beside the database: SQLite's {@code -wal} grows to about a thousand pages
     * before it is folded back into the file, and its {@code -shm} takes 32 kB.
     */
    private static final long ROOM_FOR_WRITING = 1000L * 4096 + 32 * 1024;

    /** SQLite's result code, also when the driver wrapped its exception (a failed batch). */
    private static SQLiteErrorCode sqliteCode(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException se) {
                return se.getResultCode();
            }
        }
        SQLException next = e.getNextException();
        return next instanceof SQLiteException se ? se.getResultCode() : null;
    }

    /** An SQLite failure as one sentence for the user; the cause keeps the details for the log. */
    static StoreException translate(SQLException e, Path file) {
        SQLiteErrorCode code = sqliteCode(e);
        long free = DiskSpace.usable(file.getParent());
        boolean noRoom = DiskSpace.isFull(e, file.getParent()) || free >= 0 && free < ROOM_FOR_WRITING;
        int primary = code == null ? -1 : code.code & 0xff;
        // Where no room is left, a failure that is not about the data or a lock is the full disk: SQLite
        // may also roll a transaction back on its own and only say so at the commit.
        boolean aboutDataOrLocks = Set.of(5, 6, 8, 11, 19, 26).contains(primary);
        if (noRoom && !aboutDataOrLocks) {
            return new StoreException(e, "error.db.diskFull", file, DiskSpace.megabytes(ROOM_FOR_WRITING),
                    DiskSpace.megabytes(free));
        }
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
