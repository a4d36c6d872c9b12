package org.briefingdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * A sub-command of {@code briefing-desk}: the parent command gives it the database, the output and the messages
 * ({@link #app}), and every sub-command takes {@code -h}.
 */
abstract class AppSubcommand implements Callable<Integer> {
    @ParentCommand
    BriefingDeskCommand app;

    @Mixin
    private HelpOption help;
}
