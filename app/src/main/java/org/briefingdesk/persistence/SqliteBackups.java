package org.briefingdesk.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefingdesk.logic.files.DiskSpace;
import org.briefingdesk.logic.files.OutputTarget;
import org.briefingdesk.logic.files.PrivateFiles;
import org.briefingdesk.logic.store.BackupInfo;
import org.briefingdesk.logic.store.Backups;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.model.RecordKind;
import org.sqlite.SQLiteConnection;

/**
 * Backups through SQLite's online backup API, taken under the database's lock so that the copy and
 * the counts it is verified against are one consistent moment. Only a verified backup lets older
 * ones go.
 */
final class SqliteBackups implements Backups {
    private final Database db;
    private final BackupFiles files;
    private final BackupPolicy policy;
    private final Clock clock;
    private long changeIdAtLastBackup;
    /** The fullest backup of this many last days is always kept. */
    static final int FULLEST_KEPT_DAYS = 30;

    SqliteBackups(Database db, BackupPolicy policy, Clock clock) {
        this.db = db;
        this.files = new BackupFiles(db.file());
        this.policy = policy;
        this.clock = clock;
        this.changeIdAtLastBackup = db.read(RecordTables::lastChangeId);
    }

    @Override
    public BackupInfo create(Reason reason) {
        if (db.readOnly()) {
            throw new StoreException("error.db.readOnlySession", db.file());
        }
        Path target = files.newFile(clock.instant(), reason);
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        boolean made = false;
        try {
            Database.createPrivateFolder(files.folder());
            refuseWithoutRoom(files.folder());
            PrivateFiles.createNew(partial); // owner-only from its first byte; never through a link
            Map<RecordKind, Long> counts = db.read(c -> {
                Map<RecordKind, Long> atBackup = RecordTables.counts(c);
                // The backup API takes the file name as a value: no SQL is built from a path.
                c.unwrap(SQLiteConnection.class).getDatabase().backup("main", partial.toString(), null);
                changeIdAtLastBackup = RecordTables.lastChangeId(c);
                return atBackup;
            });
            makeSelfContained(partial);
            if (!BackupFiles.verify(partial, counts)) {
                throw new StoreException("error.backup.unverified", target);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            made = true;
            rotate(counts.values().stream().mapToLong(Long::longValue).sum());
            return new BackupInfo(target, clock.instant(), reason.name(), Files.size(target), counts);
        } catch (IOException | SQLException | StoreException e) {
            if (e instanceof StoreException store && !store.key().equals("error.db.full")
                    && !store.key().equals("error.db.diskFull")) {
                throw store;
            }
            if (DiskSpace.isFull(e, files.folder())) {
                throw new StoreException(e, "error.backup.diskFull", files.folder(),
                        DiskSpace.megabytes(databaseSize()), DiskSpace.megabytes(DiskSpace.usable(files.folder())));
            }
            throw new StoreException(e, "error.backup.failed", files.folder());
        } finally {
            if (!made) {
                for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                    PrivateFiles.deleteQuietly(DatabaseFiles.companion(partial, suffix));
                }
            }
        }
    }

    @Override
    public BackupInfo saveCopy(OutputTarget target) {
        Path folder = target.path().getParent();
        Path temp = null;
        try {
            refuseWithoutRoom(folder);
            // A private file beside the target: the backup API writes a file, not a stream.
            temp = PrivateFiles.createTemp(folder, "." + target.path().getFileName() + ".", ".copy");
            Path partial = temp;
            Map<RecordKind, Long> counts = db.read(c -> {
                Map<RecordKind, Long> atCopy = RecordTables.counts(c);
                c.unwrap(SQLiteConnection.class).getDatabase().backup("main", partial.toString(), null);
                return atCopy;
            });
            makeSelfContained(partial);
            if (!BackupFiles.verify(partial, counts)) {
                throw new StoreException("error.copy.unverified", target.path());
            }
            long size = target.write(out -> Files.copy(partial, out));
            if (!BackupFiles.verify(target.path(), counts)) {
                Files.deleteIfExists(target.path());
                throw new StoreException("error.copy.unverified", target.path());
            }
            return new BackupInfo(target.path(), clock.instant(), "COPY", size, counts);
        } catch (IOException | SQLException e) {
            if (DiskSpace.isFull(e, folder)) {
                throw new StoreException(e, "error.backup.diskFull", folder, DiskSpace.megabytes(databaseSize()),
                        DiskSpace.megabytes(DiskSpace.usable(folder)));
            }
            throw new StoreException(e, "error.copy.failed", target.path(),
                    e instanceof IOException io ? DiskSpace.reason(io) : e.getMessage());
        } finally {
            if (temp != null) {
                for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                    PrivateFiles.deleteQuietly(DatabaseFiles.companion(temp, suffix));
                }
            }
        }
    }

    /** The room a backup needs: the database with its WAL. */
    private long databaseSize() {
        long size = 0;
        for (String suffix : new String[] {"", "-wal"}) {
            try {
                size += Files.size(DatabaseFiles.companion(db.file(), suffix));
            } catch (IOException e) {
                // not there: nothing to add
            }
        }
        return size;
    }

    /** A backup that cannot fit says so before it starts, with the room it needs. */
    private void refuseWithoutRoom(Path folder) {
        long free = DiskSpace.usable(folder);
        long needed = databaseSize();
        if (free >= 0 && free < needed) {
            throw new StoreException("error.backup.diskFull", folder, DiskSpace.megabytes(needed),
                    DiskSpace.megabytes(free));
        }
    }

    /** A backup of a WAL database is still marked WAL; as a single rollback-journal file it opens anywhere. */
    static void makeSelfContained(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            SortKeys.register(c);
            s.execute("PRAGMA journal_mode=DELETE");
        }
    }

    /**
     * Keeps the newest {@code keepLast}, and the newest of each of the last {@code dailyDays} days; and
     * never leaves less recoverable than before: the backup with the most records of the last 30 days
     * always stays, and a new backup with fewer than half the records of the fullest backup kept does
     * not push that one out, however old it is (a file emptied by mistake, then backed up again and
     * again, must not rotate away the backups that still hold the records).
     */
    private void rotate(long newTotal) throws IOException {
        List<BackupInfo> all = files.list();
        Set<Path> keep = new HashSet<>();
        all.stream().limit(policy.keepLast()).forEach(b -> keep.add(b.file()));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
        Set<LocalDate> daysKept = new HashSet<>();
        for (BackupInfo b : all) {
            LocalDate day = LocalDate.ofInstant(b.createdAt(), ZoneId.systemDefault());
            if (!day.isBefore(today.minusDays(policy.dailyDays())) && daysKept.add(day)) {
                keep.add(b.file());
            }
        }
        Comparator<BackupInfo> byRecords = Comparator.comparingLong(BackupInfo::total);
        Instant monthAgo = clock.instant().minus(Duration.ofDays(FULLEST_KEPT_DAYS));
        all.stream().filter(b -> !b.createdAt().isBefore(monthAgo)).max(byRecords).ifPresent(b -> keep.add(b.file()));
        all.stream().max(byRecords).filter(fullest -> newTotal * 2 < fullest.total())
                .ifPresent(fullest -> keep.add(fullest.file()));
        for (BackupInfo b : all) {
            if (!keep.contains(b.file())) {
                Files.deleteIfExists(b.file());
            }
        }
    }

    @Override
    public List<BackupInfo> list() {
        return files.list();
    }

    @Override
    public Optional<BackupInfo> newest() {
        return list().stream().findFirst();
    }

    @Override
    public boolean hasChangesSinceBackup() {
        return db.read(RecordTables::lastChangeId) != changeIdAtLastBackup;
    }

    @Override
    public boolean isDue(Duration maxAge) {
        long records = db.read(RecordTables::counts).values().stream().mapToLong(Long::longValue).sum();
        if (records == 0) {
            return false;
        }
        return newest().map(b -> b.createdAt().isBefore(clock.instant().minus(maxAge))).orElse(true);
    }

}
