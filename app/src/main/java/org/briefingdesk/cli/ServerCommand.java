package org.briefingdesk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.exchange.ExchangeMonitor;
import org.briefingdesk.logic.exchange.MergeDecisions;
import org.briefingdesk.logic.exchange.MergePlan;
import org.briefingdesk.logic.exchange.RecordImport;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.model.Sensitivity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code server init}: creates or migrates the team server's schema and roles; {@code server grant
 * USER --clearance LEVEL [--reader]}: what a role may see and whether it may write. Both are run by an
 * administrator, with {@code --server} (and {@code --user}). {@code server push --db FILE [--dry-run] [--on-conflict
 * ask|ours|theirs|both] [--json]}: an editor copies a local file's records onto the server through the bundle merge,
 * one transaction, with the import's preview and conflict rules.
 */
@Command(name = "server", subcommands = {ServerCommand.Init.class, ServerCommand.Grant.class,
        ServerCommand.Push.class})
final class ServerCommand extends AppSubcommand {
    @Spec
    private CommandSpec spec;

    /** Without a sub-command: say which there are. */
    @Override
    public Integer call() {
        spec.commandLine().usage(app.err());
        return ExitCode.USER_ERROR;
    }

    private static ServerAddress required(BriefingDeskCommand app) {
        return app.server().orElseThrow(() -> new UserFacingException("cli.server.needsServer"));
    }

    /** Creates or migrates the schema; also {@code init} with {@code --server}. */
    static int init(BriefingDeskCommand app) {
        ServerAddress address = required(app);
        app.logLocally();
        try (RecordStore store = app.servers().init(address, null)) {
            app.out().println(app.l10n().get("cli.server.initialized", store.displayName()));
        }
        return ExitCode.OK;
    }

    @Command(name = "init")
    static final class Init implements Callable<Integer> {
        @ParentCommand
        private ServerCommand server;

        @Mixin
        private HelpOption help;

        @Override
        public Integer call() {
            return init(server.app);
        }
    }

    @Command(name = "grant")
    static final class Grant implements Callable<Integer> {
        @ParentCommand
        private ServerCommand server;

        @Mixin
        private HelpOption help;

        @Parameters(index = "0", paramLabel = "${bundle:cli.label.user}", descriptionKey = "cli.server.grant.user")
        private String role;

        @Option(names = "--clearance", required = true, paramLabel = "public|internal|sensitive",
                descriptionKey = "cli.server.grant.clearance")
        private String clearance;

        @Option(names = "--reader", descriptionKey = "cli.server.grant.reader")
        private boolean reader;

        @Override
        public Integer call() {
            BriefingDeskCommand app = server.app;
            ServerAddress address = required(app);
            app.logLocally();
            Sensitivity level = SensitivityNames.parse(clearance)
                    .orElseThrow(() -> new UserFacingException("cli.server.badClearance", clearance));
            if (!app.servers().grant(address, null, role, level, !reader)) {
                throw new UserFacingException("error.server.noSuchRole", role, address.displayName());
            }
            app.out().println(app.l10n().get(reader ? "cli.server.grantedReader" : "cli.server.grantedEditor", role,
                    app.l10n().of(level).toLowerCase(Locale.ROOT)));
            return ExitCode.OK;
        }
    }

    @Command(name = "push")
    static final class Push implements Callable<Integer> {
        @ParentCommand
        private ServerCommand server;

        @Mixin
        private HelpOption help;

        @Option(names = "--db", required = true, paramLabel = "${bundle:cli.label.file}",
                descriptionKey = "cli.server.push.db")
        private Path file;

        @Mixin
        private MergeOptions merge;

        @Override
        public Integer call() {
            BriefingDeskCommand app = server.app;
            required(app);
            MergeDecisions.Policy policy = ImportCommand.policy(merge.onConflict);
            // The file is read as any reader would, without a lock: its desk may stay open while it is pushed.
            try (RecordStore source = app.openStoreAt(file, OpenMode.READ);
                 RecordStore target = app.openStore(OpenMode.WRITE)) {
                if (target.readOnly()) {
                    throw new UserFacingException("cli.server.push.reader", target.displayName());
                }
                RecordImport importer = new RecordImport(target);
                MergePlan plan = importer.preview(source, String.valueOf(file.getFileName()), ExchangeMonitor.NONE);
                return ImportCommand.settle(app, importer, plan, policy, merge.dryRun, merge.json);
            }
        }
    }
}
