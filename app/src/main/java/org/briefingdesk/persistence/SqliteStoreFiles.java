package org.briefingdesk.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefingdesk.logic.files.DiskSpace;
import org.briefingdesk.logic.files.PrivateFiles;
import org.briefingdesk.logic.store.BackupInfo;
import org.briefingdesk.logic.store.Backups;
import org.briefingdesk.logic.store.FileIdentity;
import org.briefingdesk.logic.store.IntegrityReport;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordProblem;
import org.briefingdesk.logic.store.RestorePlan;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.logic.store.StoreFiles;
import org.briefingdesk.model.RecordKind;
import org.sqlite.SQLiteConnection;

/**
 * Check, backups and restore for SQLite database files as a whole. Every file is read through SQLite
 * (with the committed data of its {@code -wal}), identified before anything is done to it, and a
 * refused file is left as it was.
 */
public final class SqliteStoreFiles implements StoreFiles {
    private final AuditContext audit;

    public SqliteStoreFiles(AuditContext audit) {
        this.audit = audit;
    }

    public SqliteStoreFiles() {
        this(AuditContext.ofSystemUser());
    }

    @Override
    public boolean writerActive(Path database) {
        if (!Files.exists(database)) {
            return false;
        }
        try {
            Optional<WriterLock> probe = WriterLock.tryAcquire(database.toAbsolutePath());
            probe.ifPresent(WriterLock::close);
            return probe.isEmpty();
        } catch (IOException e) {
            return true; // the lock file cannot even be opened: nobody may write, this window least of all
        }
    }

    @Override
    public FileIdentity identify(Path database) {
        return DatabaseFiles.identify(database);
    }

    @Override
    public boolean needsUpgrade(Path database) {
        FileIdentity identity = DatabaseFiles.identify(database);
        return identity.kind() == FileIdentity.Kind.OURS && identity.schemaVersion() < Migrator.latestVersion();
    }

    /**
     * SQLite's full integrity and foreign-key checks, the stored values that do not read and the search
     * index against the records. A file that is not one of ours to check gets its own sentence instead.
     */
    @Override
    public IntegrityReport check(Path database) {
        Path path = database.toAbsolutePath();
        refuseUncheckable(path, DatabaseFiles.identify(path));
        List<String> problems = new ArrayList<>();
        List<String> ruleBroken = new ArrayList<>();
        List<RecordProblem> invalid = List.of();
        List<RecordProblem> index = List.of();
        Map<RecordKind, Long> counts = Map.of();
        try (Connection c = DatabaseFiles.openReadOnly(path)) {
            List<String> integrity = Jdbc.query(c, "PRAGMA integrity_check", rs -> rs.getString(1));
            problems.addAll(DatabaseFiles.damage(integrity));
            integrity.stream().filter(DatabaseFiles::isInvalidValue).forEach(ruleBroken::add);
            for (String fk : Jdbc.query(c, "PRAGMA foreign_key_check",
                    rs -> rs.getString(1) + " → " + rs.getString(3))) {
                problems.add("foreign key: " + fk);
            }
            if (problems.isEmpty()) {
                counts = RecordTables.counts(c);
                invalid = StoredValues.scan(c);
                index = SearchIndexCheck.mismatches(c);
            }
        } catch (SQLException e) {
            int code = DatabaseFiles.resultCode(e);
            if (code == 26 || code == 11) { // NOTADB, CORRUPT: what the check is for
                problems.add(String.valueOf(e.getMessage()));
            } else if (DiskSpace.isFull(e, path.getParent())) {
                throw new StoreException(e, "error.check.diskFull", path);
            } else {
                throw new StoreException(e, "error.check.cannotRead", path, e.getMessage());
            }
        }
        problems.addAll(ruleBroken); // not damage, but the user hears of them
        return new IntegrityReport(path, problems.size() == ruleBroken.size(), problems, counts, invalid, index);
    }

    private static void refuseUncheckable(Path path, FileIdentity identity) {
        switch (identity.kind()) {
            case OURS, NEWER, DAMAGED -> {
            }
            case MISSING -> throw new StoreException("error.db.missing", path);
            case NOT_A_FILE -> throw new StoreException("error.db.notAFile", path);
            case UNREADABLE -> throw new StoreException("error.check.unreadable", path);
            case EMPTY, EMPTY_SQLITE -> throw new StoreException(new BackupFiles(path).list().isEmpty()
                    ? "error.check.empty" : "error.check.emptyWithBackups", path);
            case FOREIGN -> throw new StoreException("error.check.foreign", path);
            default -> throw new StoreException("error.check.notDatabase", path);
        }
    }

    /** Rebuilds the search index from the records, as a writer (under the writer lock), then checks again. */
    @Override
    public IntegrityReport repairIndex(Path database) {
        try (Database db = Database.open(database, OpenMode.WRITE, audit.clock())) {
            SqliteRecordStore store = new SqliteRecordStore(db, audit, BackupPolicy.configured());
            store.search().rebuild();
        }
        return check(database);
    }

    @Override
    public List<BackupInfo> backups(Path database) {
        return new BackupFiles(database).list();
    }

    @Override
    public RestorePlan plan(Path database, Path backup) {
        Path db = database.toAbsolutePath();
        Path source = backup.toAbsolutePath();
        FileIdentity sourceIdentity = DatabaseFiles.identify(source);
        if (sourceIdentity.kind() != FileIdentity.Kind.OURS) {
            throw new StoreException(switch (sourceIdentity.kind()) {
                case MISSING -> "error.restore.missing";
                case FOREIGN -> "error.restore.foreign";
                case NEWER -> "error.restore.newer";
                case EMPTY, EMPTY_SQLITE -> "error.restore.empty";
                default -> "error.restore.badBackup";
            }, source);
        }
        Map<RecordKind, Long> backupCounts;
        Instant backupNewest;
        try (Connection c = DatabaseFiles.openReadOnly(source)) {
            if (!DatabaseFiles.passesQuickCheck(c)) {
                throw new StoreException("error.restore.badBackup", source);
            }
            backupCounts = RecordTables.counts(c);
            backupNewest = RecordTables.newestChange(c);
        } catch (SQLException e) {
            throw new StoreException(e, "error.restore.badBackup", source);
        }
        Map<RecordKind, Long> currentCounts = Map.of();
        Instant currentNewest = null;
        boolean readable = false;
        if (DatabaseFiles.identify(db).kind() == FileIdentity.Kind.OURS) {
            try (Connection c = DatabaseFiles.openReadOnly(db)) {
                readable = DatabaseFiles.passesQuickCheck(c);
                if (readable) {
                    currentCounts = RecordTables.counts(c);
                    currentNewest = RecordTables.newestChange(c);
                }
            } catch (SQLException e) {
                readable = false; // a damaged file: the restore keeps it aside and goes on
            }
        }
        return new RestorePlan(db, source, currentCounts, backupCounts, currentNewest, backupNewest, readable);
    }

    /**
     * Replaces the database with the backup. The backup is read through SQLite (its {@code -wal}
     * included) into a new owner-only file beside the database, which must hold exactly the counts
     * the plan showed; then the current file is backed up (or, when it is damaged, another program's,
     * empty or not a database, moved aside as damaged — that never blocks a restore), the new file
     * takes its place, and the counts are compared once more: a mismatch puts the old file back.
     */
    @Override
    public void restore(RestorePlan plan, boolean force) {
        if (plan.needsConfirmation() && !force) {
            throw new StoreException("error.restore.smaller", plan.backup(), plan.backupTotal(), plan.currentTotal());
        }
        Path db = plan.database();
        WriterLock lock;
        try {
            lock = WriterLock.tryAcquire(db).orElseThrow(() -> new StoreException("error.db.locked", db));
        } catch (IOException e) {
            throw new StoreException(e, "error.db.lockFile", db);
        }
        Path incoming = null;
        try (lock) {
            DatabaseFiles.sweepTemporaryFiles(db);
            refuseWithoutRoom(plan);
            incoming = PrivateFiles.createTemp(db.getParent(), "." + db.getFileName() + ".", ".restoring");
            copyThroughSqlite(plan.backup(), incoming);
            Map<RecordKind, Long> copied = verifiedCounts(incoming);
            if (!copied.equals(plan.backupCounts())) {
                throw new StoreException("error.restore.mismatch", plan.backup(), plan.backupTotal(), total(copied));
            }
            Kept kept = keepCurrent(db);
            Files.move(incoming, db, StandardCopyOption.ATOMIC_MOVE);
            incoming = null;
            Map<RecordKind, Long> restored = verifiedCounts(db);
            if (!restored.equals(plan.backupCounts())) {
                putBack(db, kept);
                throw new StoreException("error.restore.rolledBack", db, plan.backupTotal(), total(restored));
            }
            if (kept != null && !kept.damaged()) {
                PrivateFiles.deleteQuietly(kept.file());
                PrivateFiles.deleteQuietly(DatabaseFiles.companion(kept.file(), "-wal"));
            }
        } catch (IOException | SQLException e) {
            if (DiskSpace.isFull(e, db.getParent())) {
                throw new StoreException(e, "error.restore.diskFull", db.getParent(),
                        DiskSpace.megabytes(neededRoom(plan)), DiskSpace.megabytes(DiskSpace.usable(db.getParent())));
            }
            throw new StoreException(e, "error.restore.failed", db);
        } finally {
            if (incoming != null) {
                for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                    PrivateFiles.deleteQuietly(DatabaseFiles.companion(incoming, suffix));
                }
            }
        }
    }

    /**
     * The backup's pages, read through SQLite (its -wal included), into {@code target}, as one file
     * that needs no -wal; on disk before it is used.
     */
    private static void copyThroughSqlite(Path source, Path target) throws SQLException, IOException {
        try (Connection c = DatabaseFiles.openReadOnly(source)) {
            c.unwrap(SQLiteConnection.class).getDatabase().backup("main", target.toString(), null);
        }
        SqliteBackups.makeSelfContained(target);
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            channel.force(true);
        }
    }

    /** The counts of a file that passes {@code quick_check} and is ours; a file that does not is refused. */
    private static Map<RecordKind, Long> verifiedCounts(Path file) throws SQLException {
        try (Connection c = DatabaseFiles.openReadOnly(file)) {
            boolean ok = DatabaseFiles.passesQuickCheck(c)
                    && Jdbc.queryOne(c, "PRAGMA application_id", rs -> rs.getInt(1)).orElse(0)
                    == Migrator.APPLICATION_ID;
            if (!ok) {
                throw new StoreException("error.restore.badBackup", file);
            }
            return RecordTables.counts(c);
        }
    }

    /** Where the file a restore replaced went, to put it back if the restored one does not match. */
    private record Kept(Path file, boolean damaged) {
    }

    /**
     * Makes room for the restored file: a readable file of ours is backed up first and moved, with its
     * {@code -wal}, to a temporary name (removed once the restore is confirmed); anything else in its
     * place is moved aside as damaged and stays. Returns where it went, or null when there was nothing.
     */
    private Kept keepCurrent(Path db) throws IOException {
        FileIdentity identity = DatabaseFiles.identify(db);
        if (identity.kind() == FileIdentity.Kind.MISSING) {
            return null;
        }
        if (identity.kind() != FileIdentity.Kind.OURS || !passesQuickCheck(db)) {
            return new Kept(DatabaseFiles.moveAside(db, audit.clock()), true);
        }
        try (Database current = Database.openUnderHeldLock(db)) {
            new SqliteBackups(current, BackupPolicy.configured(), audit.clock()).create(Backups.Reason.RESTORE);
        }
        Path replaced = db.resolveSibling("." + db.getFileName() + "." + audit.now().toEpochMilli() + ".replaced");
        moveWithWal(db, replaced);
        return new Kept(replaced, false);
    }

    /** Moves a database file and its {@code -wal} together (SQLite pairs them by content, not by name). */
    private static void moveWithWal(Path from, Path to) throws IOException {
        Path wal = DatabaseFiles.companion(from, "-wal");
        if (Files.exists(wal, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(wal, DatabaseFiles.companion(to, "-wal"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.deleteIfExists(DatabaseFiles.companion(from, "-shm"));
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean passesQuickCheck(Path file) {
        try (Connection c = DatabaseFiles.openReadOnly(file)) {
            return DatabaseFiles.passesQuickCheck(c);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The restored file did not match: the file it replaced goes back where it was. */
    private static void putBack(Path db, Kept kept) throws IOException {
        if (kept == null) {
            Files.deleteIfExists(db);
            Files.deleteIfExists(DatabaseFiles.companion(db, "-wal"));
        } else {
            moveWithWal(kept.file(), db);
        }
        Files.deleteIfExists(DatabaseFiles.companion(db, "-shm"));
    }

    /** The incoming copy plus the backup of the current file. */
    private static long neededRoom(RestorePlan plan) {
        long room = 0;
        for (Path file : List.of(plan.backup(), DatabaseFiles.companion(plan.backup(), "-wal"), plan.database(),
                DatabaseFiles.companion(plan.database(), "-wal"))) {
            try {
                room += Files.size(file);
            } catch (IOException e) {
                // not there: needs no room
            }
        }
        return room;
    }

    private static void refuseWithoutRoom(RestorePlan plan) {
        Path folder = plan.database().getParent();
        long free = DiskSpace.usable(folder);
        long needed = neededRoom(plan);
        if (free >= 0 && free < needed) {
            throw new StoreException("error.restore.diskFull", folder, DiskSpace.megabytes(needed),
                    DiskSpace.megabytes(free));
        }
    }

    private static long total(Map<RecordKind, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
