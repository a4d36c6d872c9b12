package org.briefingdesk.cli;

import java.nio.file.Path;
import java.util.List;
import org.briefingdesk.logic.records.FieldLabels;
import org.briefingdesk.logic.store.IntegrityReport;
import org.briefingdesk.logic.store.RecordProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code check [--repair]}: SQLite's full integrity and foreign-key checks, the counts, the records
 * with stored values that do not read and the records the search index no longer matches, by kind
 * and id; exit code 1 unless all is well. {@code --repair} rebuilds the search index first. Checking
 * reads only, and works while another process writes.
 */
@Command(name = "check")
final class CheckCommand extends AppSubcommand {
    /** How many records of each list are printed; the count says how many there are. */
    private static final int LISTED = 50;

    @Option(names = "--repair", descriptionKey = "cli.check.repair")
    private boolean repair;

    @Override
    public Integer call() {
        Path database = app.database();
        app.logBeside(database);
        IntegrityReport report = repair ? app.files().repairIndex(database) : app.files().check(database);
        if (!report.ok()) {
            report.problems().stream().limit(20).forEach(p -> app.out().println("  " + p));
            app.err().println(app.l10n().get("cli.check.damaged", database));
            return ExitCode.USER_ERROR;
        }
        if (report.allWell()) {
            app.out().println(app.l10n().get(repair ? "cli.check.repaired" : "cli.check.ok", database));
            CountTable.print(report.counts(), app.l10n(), app.out());
            return ExitCode.OK;
        }
        app.out().println(app.l10n().get("cli.check.sound", database));
        CountTable.print(report.counts(), app.l10n(), app.out());
        report.problems().stream().limit(20).forEach(p -> app.out().println("  " + p));
        list("cli.check.invalidHeader", report.invalidValues(), true);
        list("cli.check.indexHeader", report.indexProblems(), false);
        int invalid = report.invalidValues().size() + report.problems().size();
        app.err().println(app.l10n().get(report.indexProblems().isEmpty() ? "cli.check.invalidValues"
                : "cli.check.indexMismatch", database, invalid, report.indexProblems().size()));
        return ExitCode.USER_ERROR;
    }

    private void list(String headerKey, List<RecordProblem> problems, boolean withField) {
        if (problems.isEmpty()) {
            return;
        }
        app.out().println(app.l10n().get(headerKey, problems.size()));
        for (RecordProblem p : problems.subList(0, Math.min(LISTED, problems.size()))) {
            String field = !withField ? "" : ": " + (p.field().equals("audit") ? app.l10n().get("detail.field.changes")
                    : FieldLabels.label(app.l10n(), p.kind(), p.field()));
            app.out().println("  " + app.l10n().of(p.kind()) + " " + p.id() + field);
        }
        if (problems.size() > LISTED) {
            app.out().println(app.l10n().get("cli.check.more", problems.size() - LISTED));
        }
    }
}
