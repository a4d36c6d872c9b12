package org.briefingdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import picocli.CommandLine.Command;

/** {@code init}: creates the database file (or brings an existing one up to date) and prints its path. */
@Command(name = "init")
final class InitCommand extends AppSubcommand {
    @Override
    public Integer call() {
        if (app.server().isPresent()) {
            return ServerCommand.init(app);
        }
        boolean existed = Files.exists(app.database());
        try (RecordStore store = app.openStore(OpenMode.CREATE)) {
            Path location = store.location();
            app.out().println(app.l10n().get(existed ? "cli.init.existing" : "cli.init.created", location));
        }
        return ExitCode.OK;
    }
}
