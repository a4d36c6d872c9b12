package org.briefingdesk.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefingdesk.logic.store.BackupInfo;
import org.briefingdesk.logic.store.Backups;
import org.briefingdesk.logic.store.IntegrityReport;
import org.briefingdesk.logic.store.RestorePlan;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.logic.store.StoreFiles;
import org.briefingdesk.model.RecordKind;

/** Check, backups and restore for SQLite database files that no store of this process has open. */
public final class SqliteStoreFiles implements StoreFiles {
    private final AuditContext audit;

    public SqliteStoreFiles(AuditContext audit) {
        this.audit = audit;
    }

    public SqliteStoreFiles() {
        this(AuditContext.ofSystemUser());
    }

    @Override
    public IntegrityReport check(Path database) {
        Path path = database.toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new StoreException("error.db.missing", path);
        }
        List<String> problems = new ArrayList<>();
        Map<RecordKind, Long> counts = Map.of();
        try (Connection c = BackupFiles.openReadOnly(path)) {
            problems.addAll(Jdbc.query(c, "PRAGMA integrity_check", rs -> rs.getString(1)));
            problems.remove("ok");
            for (String fk : Jdbc.query(c, "PRAGMA foreign_key_check", rs -> rs.getString(1) + " → " + rs.getString(3))) {
                problems.add("foreign key: " + fk);
            }
            if (problems.isEmpty()) {
                counts = RecordTables.counts(c);
            }
        } catch (SQLException e) {
            problems.add(e.getMessage());
        }
        return new IntegrityReport(path, problems.isEmpty(), problems, counts);
    }

    @Override
    public List<BackupInfo> backups(Path database) {
        return new BackupFiles(database).list();
    }

    @Override
    public RestorePlan plan(Path database, Path backup) {
        Path db = database.toAbsolutePath();
        Path source = backup.toAbsolutePath();
        Map<RecordKind, Long> backupCounts;
        Instant backupNewest;
        try (Connection c = BackupFiles.openReadOnly(source)) {
            if (!"ok".equals(Jdbc.queryOne(c, "PRAGMA quick_check", rs -> rs.getString(1)).orElse(""))) {
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
        if (Files.exists(db)) {
            try (Connection c = BackupFiles.openReadOnly(db)) {
                readable = "ok".equals(Jdbc.queryOne(c, "PRAGMA quick_check", rs -> rs.getString(1)).orElse(""));
                if (readable) {
                    currentCounts = RecordTables.counts(c);
                    currentNewest = RecordTables.newestChange(c);
                }
            } catch (SQLException e) {
                readable = false; // a damaged file: the restore replaces it, keeping a copy
            }
        }
        return new RestorePlan(db, source, currentCounts, backupCounts, currentNewest, backupNewest, readable);
    }

    @Override
    public void restore(RestorePlan plan, boolean force) {
        if (plan.needsConfirmation() && !force) {
            throw new StoreException("error.restore.smaller", plan.backup(), plan.backupTotal(), plan.currentTotal());
        }
        Path db = plan.database();
        try (WriterLock lock = WriterLock.tryAcquire(db)
                .orElseThrow(() -> new StoreException("error.db.locked", db))) {
            keepCurrent(plan);
            Path incoming = db.resolveSibling(db.getFileName() + ".restoring");
            Files.copy(plan.backup(), incoming, StandardCopyOption.REPLACE_EXISTING);
            Database.makePrivate(incoming);
            try (FileChannel channel = FileChannel.open(incoming, StandardOpenOption.WRITE)) {
                channel.force(true); // on disk before it takes the database's place
            }
            // The old file's WAL must not be replayed into the restored one.
            Files.deleteIfExists(Path.of(db + "-wal"));
            Files.deleteIfExists(Path.of(db + "-shm"));
            Files.move(incoming, db, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException(e, "error.restore.failed", db);
        }
    }

    /** The current data is backed up first; a damaged file is kept under a new name instead. */
    private void keepCurrent(RestorePlan plan) throws IOException {
        Path db = plan.database();
        if (!Files.exists(db)) {
            return;
        }
        if (plan.currentReadable()) {
            try (Database current = Database.openUnderHeldLock(db)) {
                new SqliteBackups(current, BackupPolicy.configured(), audit.clock()).create(Backups.Reason.RESTORE);
            }
        } else {
            Path copy = db.resolveSibling(db.getFileName() + ".damaged-" + audit.now().toEpochMilli());
            Files.copy(db, copy, StandardCopyOption.REPLACE_EXISTING);
            Database.makePrivate(copy);
        }
    }
}
