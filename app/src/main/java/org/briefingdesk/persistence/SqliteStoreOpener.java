package org.briefingdesk.persistence;

import java.nio.file.Path;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.StoreOpener;

/** Opens SQLite record stores, writing as the OS user. */
public final class SqliteStoreOpener implements StoreOpener {
    private final AuditContext audit;
    private final BackupPolicy backupPolicy;

    public SqliteStoreOpener(AuditContext audit, BackupPolicy backupPolicy) {
        this.audit = audit;
        this.backupPolicy = backupPolicy;
    }

    public SqliteStoreOpener(AuditContext audit) {
        this(audit, BackupPolicy.DEFAULT);
    }

    /** As the OS user, with the backup policy of the environment. */
    public SqliteStoreOpener() {
        this(AuditContext.ofSystemUser(), BackupPolicy.configured());
    }

    @Override
    public RecordStore open(Path location, OpenMode mode) {
        return new SqliteRecordStore(Database.open(location, mode, audit.clock()), audit, backupPolicy);
    }
}
