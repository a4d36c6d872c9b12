package org.briefingdesk.bench.cli;

import org.briefingdesk.app.AppContext;
import org.briefingdesk.app.DatabaseLocation;
import org.briefingdesk.cli.BriefingDeskCommand;

/**
 * Entry point of the benchmark jar: the application's command line with the benchmarks added, so that
 * {@code bench generate} can fill a file that {@code stats} or the window then opens.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(BriefingDeskCommand.runOnConsole(args, AppContext.storage(), DatabaseLocation::resolve,
                new BenchCommands()));
    }
}
