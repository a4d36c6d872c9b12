package org.briefingdesk.cli;

import java.nio.file.Path;
import java.util.Map;
import org.briefingdesk.logic.records.DisplayFormat;
import org.briefingdesk.logic.store.RestorePlan;
import org.briefingdesk.model.RecordKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code restore FILE [--force]}: shows what the backup holds next to the current file, then
 * replaces the file (after backing it up). An empty or much smaller backup needs {@code --force}.
 */
@Command(name = "restore")
final class RestoreCommand extends AppSubcommand {

    @Parameters(index = "0", paramLabel = "${bundle:cli.label.file}", descriptionKey = "cli.restore.file")
    private Path backup;

    @Option(names = "--force", descriptionKey = "cli.restore.force")
    private boolean force;

    @Override
    public Integer call() {
        Path database = app.database();
        app.logBeside(database);
        RestorePlan plan = app.files().plan(database, backup);
        DisplayFormat format = new DisplayFormat(app.l10n(), null);
        app.out().println(app.l10n().get("cli.restore.compare", plan.database(), plan.backup()));
        for (RecordKind kind : RecordKind.values()) {
            app.out().printf("  %-14s %8s %8s%n", KindNames.plural(kind, app.l10n()),
                    plan.currentReadable() ? count(plan.currentCounts(), kind) : "?", count(plan.backupCounts(), kind));
        }
        app.out().println(app.l10n().get("cli.restore.newest",
                plan.currentNewestChange() == null ? "–" : format.time(plan.currentNewestChange()),
                plan.backupNewestChange() == null ? "–" : format.time(plan.backupNewestChange())));
        app.files().restore(plan, force);
        app.out().println(app.l10n().get("cli.restore.done", plan.database()));
        return ExitCode.OK;
    }

    private static String count(Map<RecordKind, Long> counts, RecordKind kind) {
        return String.valueOf(counts.getOrDefault(kind, 0L));
    }
}
