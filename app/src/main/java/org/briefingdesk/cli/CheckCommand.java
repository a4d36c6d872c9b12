package org.briefingdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.briefingdesk.logic.store.IntegrityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code check}: SQLite's full integrity and foreign-key checks and the counts; exit code 1 when damaged. */
@Command(name = "check")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private BriefingDeskCommand app;

    @Mixin
    private HelpOption help;

    @Override
    public Integer call() {
        Path database = app.database();
        app.logBeside(database);
        IntegrityReport report = app.files().check(database);
        if (!report.ok()) {
            report.problems().stream().limit(20).forEach(p -> app.out().println("  " + p));
            app.err().println(app.l10n().get("cli.check.damaged", database));
            return ExitCode.USER_ERROR;
        }
        app.out().println(app.l10n().get("cli.check.ok", database));
        CountTable.print(report.counts(), app.l10n(), app.out());
        return ExitCode.OK;
    }
}
