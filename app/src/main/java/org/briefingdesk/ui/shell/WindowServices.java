package org.briefingdesk.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.briefingdesk.logic.files.OutputTarget;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordDetail;
import org.briefingdesk.logic.records.RecordService;
import org.briefingdesk.logic.store.BackupInfo;
import org.briefingdesk.logic.store.Backups;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.RestorePlan;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.ui.briefings.BriefingDesktop;
import org.briefingdesk.ui.edit.RecordEditing;
import org.briefingdesk.ui.exchange.ExchangeFiles;
import org.briefingdesk.ui.exchange.FxExchangeFiles;

/**
 * What the main window works with, handed in by the wiring in {@code app} once the database is open.
 * Every method but {@link #store()} and {@link #l10n()} may touch the database: call them off the FX thread.
 */
public interface WindowServices extends RecordEditing.Records {
    @Override
    RecordStore store();

    Localization l10n();

    /** A record with everything linked to it, for the detail pane. */
    Optional<RecordDetail> describe(UUID id);

    /** True when the sample press release is already in the database. */
    boolean sampleLoaded();

    /** Loads the sample press release (loading twice does not duplicate). */
    void loadSample();

    /** Saving and deleting with the rules checked (call its methods off the FX thread). */
    @Override
    default RecordService records() {
        return new RecordService(store(), l10n());
    }

    /** The save dialog, file opening and printing of the Podklady section (fakes in tests). */
    default BriefingDesktop briefingDesktop(Supplier<Window> owner) {
        return BriefingDesktop.system(owner);
    }

    /** The open and save dialogs of Soubor › Importovat… and Exportovat… (fakes in tests). */
    default ExchangeFiles exchangeFiles(Supplier<Window> owner) {
        return new FxExchangeFiles(owner);
    }

    /** The verified backups of the open file, newest first. */
    default List<BackupInfo> backups() {
        return store().backups().list();
    }

    /** A verified backup now. */
    default BackupInfo backupNow() {
        return store().backups().create(Backups.Reason.MANUAL);
    }

    /** What restoring this backup would change (counts and newest change of both). */
    RestorePlan planRestore(Path backup);

    /**
     * Closes the open file, restores the backup (after backing up the current data) and opens the
     * file again; returns the services over the reopened file.
     */
    WindowServices restore(RestorePlan plan, boolean force);

    /** True when the store is read-only and no other copy of the application writes the file any more. */
    boolean writerGone();

    /**
     * Closes this read-only store and opens the file again for writing (read-only once more should another
     * copy have taken the file meanwhile); returns the services over the reopened file.
     */
    WindowServices reopenForWriting();

    /**
     * Connects to a team server and returns the services over it; the store open now is closed only
     * once the server's is open, so a failed connection leaves the window as it was.
     */
    default WindowServices connect(ServerAddress address, String password) {
        throw new UnsupportedOperationException("no team servers here");
    }

    /**
     * Opens another database file ({@link OpenMode#CREATE} for Soubor › Nová databáze…, {@link OpenMode#WRITE}
     * for Otevřít…) and returns the services over it; the store open now is closed (its closing backup
     * included) only once the new one is open, so a refused file leaves the window as it was.
     */
    default WindowServices open(Path file, OpenMode mode) {
        throw new UnsupportedOperationException("no other files here");
    }

    /**
     * True when opening {@code file} first converts it for this build (see
     * {@link org.briefingdesk.logic.store.StoreFiles#needsUpgrade}).
     */
    default boolean needsUpgrade(Path file) {
        return false;
    }

    /**
     * A verified copy of the open file (Soubor › Uložit kopii jako…), written through {@link OutputTarget}, so it
     * can never replace the open database, its companions, a backup or another database.
     */
    default BackupInfo saveCopy(Path target) {
        return store().backups().saveCopy(OutputTarget.check(target, store().location()));
    }

    /** The same services speaking another language (the store stays open). */
    WindowServices withLanguage(Localization l10n);
}
