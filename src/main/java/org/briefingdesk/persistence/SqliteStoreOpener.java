package org.briefingdesk.persistence;

import java.nio.file.Path;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.StoreOpener;

/** Opens SQLite record stores, writing as the OS user. */
public final class SqliteStoreOpener implements StoreOpener {
    private final AuditContext audit;

    public SqliteStoreOpener(AuditContext audit) {
        this.audit = audit;
    }

    public SqliteStoreOpener() {
        this(AuditContext.ofSystemUser());
    }

    @Override
    public RecordStore open(Path location, boolean create, boolean allowReadOnly) {
        return new SqliteRecordStore(Database.open(location, create, allowReadOnly), audit);
    }
}
