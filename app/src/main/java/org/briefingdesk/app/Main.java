package org.briefingdesk.app;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefingdesk.cli.BriefingDeskCommand;
import org.briefingdesk.cli.CliArguments;
import org.briefingdesk.logic.files.UnfinishedWrites;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.ui.common.LanguagePreference;
import org.briefingdesk.ui.shell.StartupProbe;

/**
 * Entry point of the jar. A plain class (not an Application) so that {@code java -jar} works with
 * JavaFX on the class path. With a sub-command it runs the command line; otherwise it opens the window,
 * or, where there is no graphical display, says so in one sentence and exits with 1.
 */
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) {
        // SIGTERM while a pack is written: cancel it and remove its part file before the process ends.
        UnfinishedWrites.cancelOnShutdown();
        if (CliArguments.requestsCommandLine(args)) {
            System.exit(BriefingDeskCommand.runOnConsole(args, AppContext.storage(), DatabaseLocation::resolve));
        }
        if (GraphicalDisplay.missing()) {
            System.exit(BriefingDeskCommand.reportNoDisplay(windowLanguage(args)));
        }
        if (StartupProbe.EMPTY_STAGE.equals(StartOptions.parse(List.of(args)).startupProbe())) {
            StartupProbe.launchEmptyStage(BriefingDeskCommand.standardOutputLines());
            return;
        }
        try {
            BriefingDeskApp.launchWindow(args);
        } catch (UnsupportedOperationException e) {
            if (!GraphicalDisplay.isUnreachable(e)) {
                throw e;
            }
            // DISPLAY was set but no server answered. The console handler shows FINE only when asked to.
            LOG.log(Level.FINE, "JavaFX could not open the display", e);
            System.exit(BriefingDeskCommand.reportNoDisplay(windowLanguage(args)));
        }
    }

    /** The language the window would have spoken: --lang, else the one chosen in the menu last time. */
    private static Localization windowLanguage(String[] args) {
        StartOptions options = StartOptions.parse(List.of(args));
        String language = options.language() != null ? options.language()
                : LanguagePreference.userPreferences().load().orElse("cs");
        return Localization.forLanguage(language);
    }
}
