package org.briefingdesk.app;

import java.nio.file.Path;
import org.briefingdesk.logic.backup.PeriodicBackup;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordService;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.Storage;
import org.briefingdesk.logic.store.StoreOpener;
import org.briefingdesk.persistence.SqliteStoreFiles;
import org.briefingdesk.persistence.SqliteStoreOpener;

/**
 * The application's parts, wired by hand in dependency order: database file → repositories →
 * services. The window and the command line both start from here.
 */
public final class AppContext implements AutoCloseable {
    private final RecordStore store;
    private final Localization l10n;
    private final RecordService records;
    private PeriodicBackup periodicBackup;

    public AppContext(RecordStore store, Localization l10n) {
        this.store = store;
        this.l10n = l10n;
        this.records = new RecordService(store, l10n);
    }

    /** Opens the SQLite file for writing (creating it when {@code create}) and wires the services over it. */
    public static AppContext open(Path db, boolean create, Localization l10n) {
        return new AppContext(opener().open(db, create), l10n);
    }

    /**
     * For the window: opens read-only when another copy is writing (the window says so), checks the file's
     * integrity while the window already shows its data (writes wait for it), and backs up every 30 minutes
     * while there are changes.
     */
    public static AppContext openForWindow(Path db, Localization l10n) {
        AppContext context = new AppContext(SqliteStoreOpener.checkingAfterOpening().open(db, true, true), l10n);
        context.periodicBackup = PeriodicBackup.start(context.store, PeriodicBackup.INTERVAL);
        return context;
    }

    public static StoreOpener opener() {
        return new SqliteStoreOpener();
    }

    /** The SQLite storage: opening stores, and checking, backing up and restoring their files. */
    public static Storage storage() {
        return new Storage(opener(), new SqliteStoreFiles());
    }

    public RecordStore store() {
        return store;
    }

    public Localization l10n() {
        return l10n;
    }

    public RecordService records() {
        return records;
    }

    @Override
    public void close() {
        if (periodicBackup != null) {
            periodicBackup.close();
        }
        store.close();
    }
}
