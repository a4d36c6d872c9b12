package org.briefingdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.briefingdesk.cli.BriefingDeskCommand;
import org.briefingdesk.cli.CliLog;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.logic.store.Storage;
import org.briefingdesk.persistence.BackupPolicy;
import org.briefingdesk.ui.common.FxBackgroundTasks;
import org.briefingdesk.ui.common.LanguagePreference;
import org.briefingdesk.ui.settings.UserIdentity;
import org.briefingdesk.ui.settings.UserSettings;
import org.briefingdesk.ui.shell.MainWindow;
import org.briefingdesk.ui.shell.ShutdownSequence;
import org.briefingdesk.ui.shell.StartupProbe;
import org.briefingdesk.ui.shell.WindowSetup;

/**
 * The window. Started by {@link Main} when no sub-command is given. Arguments: [--db FILE | --server URL
 * [--user NAME]] [--lang cs|en] [a database or bundle file handed over by the desktop].
 * The window shows at once; the database opens in the background.
 */
public final class BriefingDeskApp extends Application {
    private final CliLog log = new CliLog();
    private FxBackgroundTasks tasks;
    private final AtomicReference<AppContext> context = new AtomicReference<>();
    /** The database file the window works on (the damaged-file way restores this one). */
    private final AtomicReference<Path> location = new AtomicReference<>();

    public static void launchWindow(String[] args) {
        Application.launch(BriefingDeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartOptions options = StartOptions.parse(getParameters().getRaw());
        WindowSetup setup = WindowSetup.system(log::file);
        LanguagePreference preference = setup.language();
        String language = options.language() != null ? options.language() : preference.load().orElse("cs");
        Localization l10n = Localization.forLanguage(language);
        WindowUser user = new WindowUser(() -> setup.settings().identity().map(UserIdentity::name).orElse(null),
                () -> {
                    UserSettings.BackupKeeping kept = setup.settings().backups();
                    return new BackupPolicy(kept.keepLast(), kept.dailyDays());
                });
        // --db (or a database handed over) and BRIEFING_DESK_DB name the file; otherwise the one opened last.
        Path named = DatabaseLocation.resolve(options.database());
        boolean chosen = options.database() != null || System.getenv(DatabaseLocation.ENV_VARIABLE) != null;
        Path last = chosen ? null : setup.recentFiles().last().orElse(null);
        location.set(last != null ? last : named);
        tasks = new FxBackgroundTasks();
        MainWindow window = MainWindow.show(stage, l10n, options.server() == null ? location.get() : null, tasks,
                setup);
        window.setOnQuit(new ShutdownSequence(tasks, this::closeContext, Platform::runLater, Platform::exit)::run);
        if (options.server() != null) {
            // A team server: the password from PGPASSWORD or ~/.pgpass; otherwise Soubor › Připojit… asks.
            tasks.run(() -> AppContext.openServer(ServerAddress.parse(options.server(), options.user()), null, l10n,
                            user),
                    opened -> {
                        opened(opened);
                        window.attach(DesktopServices.of(opened, this::opened));
                    }, window::openFailed);
            return;
        }
        window.setRecovery(backup -> {
            closeContext(); // open when the check after opening failed: it holds the file
            Path db = location.get();
            Storage storage = AppContext.storage();
            storage.files().restore(storage.files().plan(db, backup.file()), false);
            opened(AppContext.openForWindow(db, l10n, user));
            return DesktopServices.of(context.get(), this::opened);
        });
        if (options.startupProbe() != null) {
            window.withoutFirstStartQuestion();
            StartupProbe.follow(window, StartupProbe.steps(options.startupProbe()),
                    BriefingDeskCommand.standardOutputLines());
        }
        tasks.run(() -> {
            // The file opened last, unless it is gone: then the default one.
            Path db = last != null && !Files.isRegularFile(last) ? named : location.get();
            location.set(db);
            log.startBeside(db); // when the folder is there already: a failure to open is logged too
            if (AppContext.storage().files().needsUpgrade(db)) {
                tasks.onUiThread(() -> window.upgrading(db));
            }
            AppContext opened = AppContext.openForWindow(db, l10n, user);
            log.startBeside(opened.store().location());
            return opened;
        }, opened -> {
            opened(opened);
            window.attach(DesktopServices.of(opened, this::opened));
            if (options.bundle() != null) {
                window.bundleHandedOver(options.bundle());
            }
        }, window::openFailed);
    }

    /** The context the window works on now (after a start, a restore, another file or a server). */
    private void opened(AppContext opened) {
        context.set(opened);
        if (opened.store().isLocalFile()) {
            location.set(opened.store().location());
        }
    }

    /** The closing backup is written here; runs once, whichever way the application ends. */
    private void closeContext() {
        AppContext opened = context.getAndSet(null);
        if (opened != null) {
            opened.close();
        }
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        closeContext();
        log.close();
    }
}
