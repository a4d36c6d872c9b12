package org.briefingdesk.cli;

import java.util.List;
import org.briefingdesk.logic.records.DisplayFormat;
import org.briefingdesk.logic.store.BackupInfo;
import org.briefingdesk.logic.store.Backups;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup}: a verified backup now; {@code backup --list}: the backups there are. */
@Command(name = "backup")
final class BackupCommand extends AppSubcommand {
    @Option(names = "--list", descriptionKey = "cli.backup.list")
    private boolean list;

    @Override
    public Integer call() {
        if (list) {
            List<BackupInfo> backups = app.files().backups(app.database());
            app.out().println(app.l10n().get("cli.backup.listHeader", app.database(), backups.size()));
            for (BackupInfo b : backups) {
                print(b);
            }
            return ExitCode.OK;
        }
        try (RecordStore store = app.openStore(OpenMode.WRITE)) {
            BackupInfo backup = store.backups().create(Backups.Reason.MANUAL);
            app.out().println(app.l10n().get("cli.backup.done", backup.file()));
            print(backup);
        }
        return ExitCode.OK;
    }

    private void print(BackupInfo b) {
        DisplayFormat format = new DisplayFormat(app.l10n(), null);
        app.out().println(app.l10n().get("cli.backup.line", format.time(b.createdAt()), b.sizeBytes() / 1024,
                String.valueOf(b.total()), b.file().getFileName()));
    }
}
