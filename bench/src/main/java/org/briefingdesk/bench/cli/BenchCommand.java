package org.briefingdesk.bench.cli;

import java.util.concurrent.Callable;
import org.briefingdesk.cli.BriefingDeskCommand;
import org.briefingdesk.cli.ExitCode;
import org.briefingdesk.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bench generate|search|draft|server|exchange|start|scale}: a synthetic record base of years, and the
 * benchmarks over it.
 */
@Command(name = "bench", subcommands = {BenchGenerateCommand.class, BenchSearchCommand.class, BenchDraftCommand.class,
    BenchServerCommand.class, BenchExchangeCommand.class, BenchStartCommand.class, BenchScaleCommand.class})
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    private BriefingDeskCommand app;

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    BriefingDeskCommand app() {
        return app;
    }

    /** Without generate or search there is nothing to do: say what there is. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USER_ERROR;
    }
}
