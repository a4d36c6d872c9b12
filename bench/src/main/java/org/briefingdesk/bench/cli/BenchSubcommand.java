package org.briefingdesk.bench.cli;

import java.util.concurrent.Callable;
import org.briefingdesk.cli.BriefingDeskCommand;
import org.briefingdesk.cli.HelpOption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** A sub-command of {@code bench}: the application's options (database, server, language) and {@code -h}. */
abstract class BenchSubcommand implements Callable<Integer> {
    @ParentCommand
    private BenchCommand bench;

    @Mixin
    private HelpOption help;

    BriefingDeskCommand app() {
        return bench.app();
    }
}
