package org.briefingdesk.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.briefingdesk.cli.BriefingDeskCommand;
import org.briefingdesk.cli.CliLog;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.Storage;
import org.briefingdesk.ui.common.FxBackgroundTasks;
import org.briefingdesk.ui.common.LanguagePreference;
import org.briefingdesk.ui.shell.MainWindow;
import org.briefingdesk.ui.shell.StartupProbe;

/**
 * The window. Started by {@link Main} when no sub-command is given. Arguments: [--db FILE] [--lang cs|en].
 * The window shows at once; the database opens in the background.
 */
public final class BriefingDeskApp extends Application {
    private final CliLog log = new CliLog();
    private FxBackgroundTasks tasks;
    private volatile AppContext context;

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
        MainWindow window = MainWindow.show(stage, l10n, db, tasks, preference);
        window.setRecovery(backup -> {
            AppContext damaged = context; // open when the check after opening failed: it holds the file
            if (damaged != null) {
                context = null;
                damaged.close();
            }
            Storage storage = AppContext.storage();
            storage.files().restore(storage.files().plan(db, backup.file()), false);
            context = AppContext.openForWindow(db, l10n);
            return DesktopServices.of(context, next -> context = next);
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
            context = opened;
            window.attach(DesktopServices.of(opened, next -> context = next));
            if (options.bundle() != null) {
                window.bundleHandedOver(options.bundle());
            }
        }, window::openFailed);
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        AppContext opened = context;
        if (opened != null) {
            opened.close();
        }
        log.close();
    }
}
