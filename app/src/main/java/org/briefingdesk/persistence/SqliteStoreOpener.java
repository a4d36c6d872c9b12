package org.briefingdesk.persistence;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.StoreOpener;

/** Opens SQLite record stores, writing as the OS user. */
public final class SqliteStoreOpener implements StoreOpener {
    /** Runs each integrity check after opening on a thread of its own, which does not keep the JVM alive. */
    private static final Executor CHECK_THREAD = check -> {
        Thread thread = new Thread(check, "briefing-desk-integrity-check");
        thread.setDaemon(true);
        thread.start();
    };

    private final AuditContext audit;
    private final BackupPolicy backupPolicy;
    private final Executor checkLater;

    /**
     * @param checkLater where the integrity check of a file needing no migration runs after opening
     *                   (RecordStore.integrityChecked); null to check while opening
     */
    public SqliteStoreOpener(AuditContext audit, BackupPolicy backupPolicy, Executor checkLater) {
        this.audit = audit;
        this.backupPolicy = backupPolicy;
        this.checkLater = checkLater;
    }

    public SqliteStoreOpener(AuditContext audit, BackupPolicy backupPolicy) {
        this(audit, backupPolicy, null);
    }

    public SqliteStoreOpener(AuditContext audit) {
        this(audit, BackupPolicy.DEFAULT);
    }

    /** As the OS user, with the backup policy of the environment. */
    public SqliteStoreOpener() {
        this(AuditContext.ofSystemUser(), BackupPolicy.configured());
    }

    /**
     * As the OS user, checking each file's integrity after it opened, on a thread of its own: for the window,
     * which shows the data meanwhile.
     */
    public static SqliteStoreOpener checkingAfterOpening() {
        return new SqliteStoreOpener(AuditContext.ofSystemUser(), BackupPolicy.configured(), CHECK_THREAD);
    }

    /**
     * As {@link #checkingAfterOpening()}, writing as whoever {@code author} names at each change, keeping backups
     * as the user chose (the environment's variables win).
     */
    public static SqliteStoreOpener checkingAfterOpening(Supplier<String> author, BackupPolicy chosen) {
        return new SqliteStoreOpener(AuditContext.of(author), BackupPolicy.from(System.getenv(), chosen),
                CHECK_THREAD);
    }

    @Override
    public RecordStore open(Path location, OpenMode mode) {
        Database db = Database.open(location, mode, audit.clock(), checkLater);
        try {
            return new SqliteRecordStore(db, audit, backupPolicy);
        } catch (RuntimeException e) {
            db.close(); // the file and its writer lock are let go of when opening fails halfway
            throw e;
        }
    }
}
