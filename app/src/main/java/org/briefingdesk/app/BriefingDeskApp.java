package org.briefingdesk.app;

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
import org.briefingdesk.ui.common.FxBackgroundTasks;
import org.briefingdesk.ui.common.LanguagePreference;
import org.briefingdesk.ui.shell.MainWindow;
import org.briefingdesk.ui.shell.ShutdownSequence;
import org.briefingdesk.ui.shell.StartupProbe;

/**
 * The window. Started by {@link Main} when no sub-command is given. Arguments: [--db FILE | --server URL
 * [--user NAME]] [--lang cs|en] [a database or bundle file handed over by the desktop].
 * The window shows at once; the database opens in the background.
 */
public final class BriefingDeskApp extends Application {
    private final CliLog log = new CliLog();
    private FxBackgroundTasks tasks;
    private final AtomicReference<AppContext> context = new AtomicReference<>();

    public static void launchWindow(String[] args) {
        Application.launch(BriefingDeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartOptions options = StartOptions.parse(getParameters().getRaw());
        LanguagePreference preference = LanguagePreference.userPreferences();
        String language = options.language() != null ? options.language() : preference.load().orElse("cs");
        Localization l10n = Localization.forLanguage(language);
        Path db = DatabaseLocation.resolve(options.database());
        tasks = new FxBackgroundTasks();
        MainWindow window = MainWindow.show(stage, l10n, options.server() == null ? db : null, tasks, preference);
        window.setOnQuit(new ShutdownSequence(tasks, this::closeContext, Platform::runLater, Platform::exit)::run);
        if (options.server() != null) {
            // A team server: the password from PGPASSWORD or ~/.pgpass; otherwise Soubor › Připojit… asks.
            tasks.run(() -> AppContext.openServer(ServerAddress.parse(options.server(), options.user()), null, l10n),
                    opened -> {
                        context.set(opened);
                        window.attach(DesktopServices.of(opened, context::set));
                    }, window::openFailed);
            return;
        }
        window.setRecovery(backup -> {
            closeContext(); // open when the check after opening failed: it holds the file
            Storage storage = AppContext.storage();
            storage.files().restore(storage.files().plan(db, backup.file()), false);
            context.set(AppContext.openForWindow(db, l10n));
            return DesktopServices.of(context.get(), context::set);
        });
        if (options.startupProbe() != null) {
            StartupProbe.follow(window, StartupProbe.steps(options.startupProbe()),
                    BriefingDeskCommand.standardOutputLines());
        }
        tasks.run(() -> {
            log.startBeside(db); // when the folder is there already: a failure to open is logged too
            AppContext opened = AppContext.openForWindow(db, l10n);
            log.startBeside(opened.store().location());
            return opened;
        }, opened -> {
            context.set(opened);
            window.attach(DesktopServices.of(opened, context::set));
            if (options.bundle() != null) {
                window.bundleHandedOver(options.bundle());
            }
        }, window::openFailed);
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
