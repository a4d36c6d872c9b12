package org.briefingdesk.app;

import java.nio.file.Path;
import org.briefingdesk.logic.backup.PeriodicBackup;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordService;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.logic.store.Storage;
import org.briefingdesk.logic.store.StoreOpener;
import org.briefingdesk.persistence.SqliteStoreFiles;
import org.briefingdesk.persistence.SqliteStoreOpener;
import org.briefingdesk.persistence.postgres.PostgresStoreOpener;

/**
 * The application's parts, wired by hand in dependency order: database file → repositories →
 * services. The window and the command line both start from here.
 */
public final class AppContext implements AutoCloseable {
    private final RecordStore store;
    private final Localization l10n;
    private final RecordService records;
    private final WindowUser user;
    private PeriodicBackup periodicBackup;

    public AppContext(RecordStore store, Localization l10n) {
        this(store, l10n, WindowUser.SYSTEM);
    }

    private AppContext(RecordStore store, Localization l10n, WindowUser user) {
        this.store = store;
        this.l10n = l10n;
        this.records = new RecordService(store, l10n);
        this.user = user;
    }

    /** Opens the SQLite file as {@code mode} says and wires the services over it. */
    public static AppContext open(Path db, OpenMode mode, Localization l10n) {
        return new AppContext(opener().open(db, mode), l10n);
    }

    /**
     * For the window: opens the file for writing (creating it, as File › New does), or read-only when
     * another copy is writing (the window says so); a writer's integrity check runs while the window
     * already shows the data (writes wait for it); backs up every 30 minutes while there are changes.
     */
    public static AppContext openForWindow(Path db, Localization l10n, WindowUser user) {
        return openForWindow(db, null, l10n, user);
    }

    /**
     * As {@link #openForWindow(Path, Localization, WindowUser)}, in this mode: Soubor › Nová databáze… creates,
     * Otevřít… writes an existing file (a file another copy writes is refused); null for a writer or a reader.
     *
     * @param user the name changes are made in (Nastavení), asked at each change, and the backups kept
     */
    public static AppContext openForWindow(Path db, OpenMode mode, Localization l10n, WindowUser user) {
        SqliteStoreOpener opener = SqliteStoreOpener.checkingAfterOpening(user.author(), user.backups().get());
        RecordStore store = mode == null ? opener.openWriterOrReader(db) : opener.open(db, mode);
        AppContext context = new AppContext(store, l10n, user);
        context.periodicBackup = PeriodicBackup.start(context.store, PeriodicBackup.INTERVAL);
        return context;
    }

    /** Who the window's changes are made as (Nastavení); passed on when the window opens another file. */
    public WindowUser user() {
        return user;
    }

    /** For the window and the command line: a team server's store, as the address's user. */
    public static AppContext openServer(ServerAddress address, String password, Localization l10n) {
        return openServer(address, password, l10n, WindowUser.SYSTEM);
    }

    /** As the window connects: a server writes as its role; {@code user} is kept for the next file opened. */
    public static AppContext openServer(ServerAddress address, String password, Localization l10n,
                                        WindowUser user) {
        return new AppContext(new PostgresStoreOpener().open(address, password), l10n, user);
    }

    public static StoreOpener opener() {
        return new SqliteStoreOpener();
    }

    /** The SQLite storage (opening stores, and checking, backing up and restoring their files) and team servers. */
    public static Storage storage() {
        return new Storage(opener(), new SqliteStoreFiles(), new PostgresStoreOpener());
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
