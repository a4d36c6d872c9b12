package org.briefingdesk.app;

import org.briefingdesk.cli.BriefingDeskCommand;
import org.briefingdesk.cli.CliArguments;

/**
 * Entry point of the jar. A plain class (not an Application) so that {@code java -jar} works with
 * JavaFX on the class path. With a sub-command it runs the command line; otherwise it opens the window.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (CliArguments.requestsCommandLine(args)) {
            System.exit(BriefingDeskCommand.runOnConsole(args, AppContext.storage(), DatabaseLocation::resolve));
        }
        BriefingDeskApp.launchWindow(args);
    }
}
