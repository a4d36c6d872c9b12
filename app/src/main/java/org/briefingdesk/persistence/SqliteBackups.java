package org.briefingdesk.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefingdesk.logic.store.BackupInfo;
import org.briefingdesk.logic.store.Backups;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.model.RecordKind;

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
        try {
            Database.createPrivateFolder(files.folder());
            Map<RecordKind, Long> counts = db.read(c -> {
                Map<RecordKind, Long> atBackup = RecordTables.counts(c);
                try (Statement s = c.createStatement()) {
                    s.execute("backup to " + quoted(partial));
                }
                changeIdAtLastBackup = RecordTables.lastChangeId(c);
                return atBackup;
            });
            makeSelfContained(partial);
            Database.makePrivate(partial);
            if (!BackupFiles.verify(partial, counts)) {
                Files.deleteIfExists(partial);
                throw new StoreException("error.backup.unverified", target);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            rotate();
            return new BackupInfo(target, clock.instant(), reason.name(), Files.size(target), counts);
        } catch (IOException | SQLException e) {
            deleteQuietly(partial);
            throw new StoreException(e, "error.backup.failed", files.folder());
        }
    }

    /** A backup of a WAL database is still marked WAL; as a single rollback-journal file it opens anywhere. */
    private static void makeSelfContained(Path file) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
        }
    }

    private static String quoted(Path path) {
        String p = path.toAbsolutePath().toString();
        if (p.contains("\"")) {
            throw new IllegalArgumentException("backup path with a double quote: " + p);
        }
        return '"' + p + '"';
    }

    /** Keeps the newest {@code keepLast}, and the newest of each of the last {@code dailyDays} days. */
    private void rotate() throws IOException {
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

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray .part file is never listed as a backup
        }
    }
}
