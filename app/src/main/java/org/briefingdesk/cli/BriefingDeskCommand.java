package org.briefingdesk.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.briefingdesk.logic.AppVersion;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.backup.StorageLocationCheck;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.logic.store.ServerOpener;
import org.briefingdesk.logic.store.Storage;
import org.briefingdesk.logic.store.StoreFiles;
import org.briefingdesk.logic.store.StoreOpener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code briefing-desk [--db FILE | --server URL [--user NAME]] [--lang cs|en] <command>}: the application without
 * a window, for
 * scripts and checks. Exit code 0 on success, 1 for a user error (one line on standard error),
 * 2 for an internal error (one line naming the log file).
 */
@Command(name = "briefing-desk",
        subcommands = {InitCommand.class, SampleCommand.class, StatsCommand.class, ShowCommand.class,
            BackupCommand.class, RestoreCommand.class, CheckCommand.class, BriefingCommand.class,
            SearchCommand.class, DraftCommand.class, ServerCommand.class, ExportCommand.class, ImportCommand.class})
public final class BriefingDeskCommand implements Callable<Integer> {
    private static final System.Logger LOG = System.getLogger(BriefingDeskCommand.class.getName());

    @Option(names = "--db", paramLabel = "${bundle:cli.label.file}", descriptionKey = "cli.option.db")
    private String dbOption;

    @Option(names = "--server", paramLabel = "${bundle:cli.label.server}", descriptionKey = "cli.option.server")
    private String serverOption;

    @Option(names = "--user", paramLabel = "${bundle:cli.label.name}", descriptionKey = "cli.option.user")
    private String userOption;

    // Read before parsing too (CliArguments), so that parse errors and help are in this language.
    @Option(names = "--lang", paramLabel = "cs|en", descriptionKey = "cli.option.lang")
    private String language;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    private boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, descriptionKey = "cli.option.version")
    private boolean version;

    @Spec
    private CommandSpec spec;

    private final StoreOpener opener;
    private final StoreFiles files;
    private final ServerOpener servers;
    private final Function<String, Path> locate;
    private final Localization l10n;
    private final CliLog log;

    private BriefingDeskCommand(Storage storage, Function<String, Path> locate, Localization l10n, CliLog log) {
        this.opener = storage.opener();
        this.files = storage.files();
        this.servers = storage.servers();
        this.locate = locate;
        this.l10n = l10n;
        this.log = log;
    }

    /**
     * Runs the command line in this process and returns its exit code.
     *
     * @param locate the database file for the {@code --db} value (null when absent): --db, then the
     *               environment, then the default folder — the application's DatabaseLocation
     */
    public static int run(String[] args, Storage storage, Function<String, Path> locate,
                          PrintWriter out, PrintWriter err) {
        return run(args, storage, locate, out, err, List.of());
    }

    /** {@link #run} with the commands of {@code extensions} added. */
    public static int run(String[] args, Storage storage, Function<String, Path> locate,
                          PrintWriter out, PrintWriter err, List<CliExtension> extensions) {
        Optional<String> chosen = CliArguments.option(args, "--lang");
        Localization language = Localization.forLanguage(chosen.orElse("cs"));
        for (CliExtension extension : extensions) {
            language = language.with(extension.bundle());
        }
        Localization l10n = language;
        // Record text can hold anything: nothing printed may act on the terminal.
        PrintWriter safeOut = new PrintWriter(new TerminalWriter(out), true);
        PrintWriter safeErr = new PrintWriter(new TerminalWriter(err), true);
        try (CliLog log = new CliLog()) {
            if (chosen.isPresent() && !Localization.isSupported(chosen.get())) {
                safeErr.println(l10n.get("cli.error.badLanguage", chosen.get()));
                return ExitCode.USER_ERROR;
            }
            BriefingDeskCommand command = new BriefingDeskCommand(storage, locate, l10n, log);
            CommandLine commandLine = new CommandLine(command);
            // Before the settings below, which reach only the commands present when they are made.
            extensions.forEach(extension -> extension.register(commandLine, l10n));
            commandLine.setOut(safeOut);
            commandLine.setErr(safeErr);
            commandLine.setResourceBundle(l10n.bundle());
            commandLine.getCommandSpec().version(l10n.get("app.title") + " " + AppVersion.current());
            UsageTexts.localize(commandLine, l10n);
            commandLine.setParameterExceptionHandler(command::onParameterError);
            commandLine.setExecutionExceptionHandler(command::onExecutionError);
            try {
                return commandLine.execute(args);
            } catch (OutOfMemoryError e) {
                return command.onOutOfMemory(e, safeErr);
            }
        } finally {
            safeOut.flush();
            safeErr.flush();
        }
    }

    /** {@link #run} on the process's standard output and error. */
    public static int runOnConsole(String[] args, Storage storage, Function<String, Path> locate,
                                   CliExtension... extensions) {
        return run(args, storage, locate, console(System.out), console(System.err), List.of(extensions));
    }

    /**
     * The window cannot open because there is no graphical display: one sentence on standard error,
     * pointing to the sub-commands, which work without one. Returns the exit code for it: the user can
     * fix it (start it on a desktop, or use a sub-command), so 1 — not 2, as no log holds more.
     */
    public static int reportNoDisplay(Localization l10n) {
        PrintWriter err = console(System.err);
        err.println(l10n.get("cli.error.noDisplay"));
        err.flush();
        return ExitCode.USER_ERROR;
    }

    /** Lines on standard output, each flushed at once (the window's start probe prints its figures here). */
    public static Consumer<String> standardOutputLines() {
        return console(System.out)::println;
    }

    private static PrintWriter console(PrintStream stream) {
        Charset charset = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        return new PrintWriter(new OutputStreamWriter(stream, charset), true);
    }

    /** Without a sub-command there is nothing to do: say what there is. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USER_ERROR;
    }

    public Localization l10n() {
        return l10n;
    }

    public PrintWriter out() {
        return spec.commandLine().getOut();
    }

    public PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Checks, backups and restores of whole files; a team server's are its administrator's. */
    StoreFiles files() {
        server().ifPresent(address -> {
            throw new UserFacingException("error.server.backups", address.displayName());
        });
        return files;
    }

    /** The team server given with {@code --server} (and {@code --user}), if any. */
    public Optional<ServerAddress> server() {
        return serverOption == null ? Optional.empty() : Optional.of(ServerAddress.parse(serverOption, userOption));
    }

    public ServerOpener servers() {
        return servers;
    }

    /** Starts the log in the default data folder: a server has no folder of its own on this machine. */
    public void logLocally() {
        log.startBeside(locate.apply(null));
    }

    /** Starts the log beside the database, for commands that work on the file without opening a store. */
    void logBeside(Path database) {
        log.startBeside(database);
    }

    /** The database file this run works on; {@code --db ''} is a mistake, not a request for the default. */
    public Path database() {
        if (dbOption != null && dbOption.isBlank()) {
            throw new UserFacingException("cli.error.emptyDb");
        }
        return locate.apply(dbOption);
    }

    /**
     * Opens the store, starting the log beside it. A reader ({@link OpenMode#READ}) takes no lock and
     * works while another process writes; only {@link OpenMode#CREATE} makes a missing file: reading
     * commands never create an empty database by mistake.
     */
    public RecordStore openStore(OpenMode mode) {
        Optional<ServerAddress> server = server();
        if (server.isPresent()) {
            logLocally();
            RecordStore store = servers.open(server.get(), null);
            LOG.log(System.Logger.Level.INFO, "connected to {0}", store.displayName());
            return store;
        }
        return openStoreAt(database(), mode);
    }

    /** {@link #openStore} on a file a sub-command names itself (the benchmark's own files). */
    public RecordStore openStoreAt(Path database, OpenMode mode) {
        if (mode != OpenMode.CREATE && !Files.exists(database)) {
            throw new UserFacingException("cli.error.noDatabase", database);
        }
        RecordStore store = opener.open(database, mode);
        log.startBeside(store.location());
        StorageLocationCheck.warningFor(store.location()).ifPresent(key -> err().println(l10n.get(key)));
        LOG.log(System.Logger.Level.INFO, "opened database {0}", store.location());
        return store;
    }

    /** A store of the command's own (a benchmark's scratch database), not the user's. */
    public RecordStore openScratchStore(Path file) {
        return opener.open(file, OpenMode.CREATE);
    }

    private int onParameterError(ParameterException e, String[] args) {
        e.getCommandLine().getErr().println(l10n.get("cli.error.usage", UsageErrors.sentence(e, args, l10n)));
        return ExitCode.USER_ERROR;
    }

    /**
     * Out of memory: one line naming the log and what to try, exit code 2, no stack trace on the
     * terminal. What held the memory is gone by now, so the message and the log line fit.
     */
    private int onOutOfMemory(OutOfMemoryError e, PrintWriter err) {
        try {
            log.startBeside(database());
        } catch (UserFacingException notThere) {
            // no database named: no log either
        }
        long maxHeap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        LOG.log(System.Logger.Level.ERROR, "out of memory (maximum heap " + maxHeap + " MB)", e);
        err.println(l10n.get("cli.error.outOfMemory", log.file().map(Path::toString).orElse("–"), maxHeap));
        return ExitCode.INTERNAL_ERROR;
    }

    private int onExecutionError(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof UserFacingException userError) {
            // What went wrong underneath (an SQLite code, an I/O error): kinds of failure, never record text.
            LOG.log(System.Logger.Level.INFO, "user error: {0}{1}", userError.key(),
                    userError.getCause() == null ? "" : " (" + userError.getCause() + ")");
            err.println(userError.localizedMessage(l10n));
            return ExitCode.USER_ERROR;
        }
        if (serverOption != null) {
            logLocally();
        } else {
            try {
                log.startBeside(database());
            } catch (UserFacingException notThere) {
                // no database named: no log either
            }
        }
        LOG.log(System.Logger.Level.ERROR, "internal error in " + commandLine.getCommandName(), e);
        err.println(log.file().map(file -> l10n.get("cli.error.internal", file))
                .orElseGet(() -> l10n.get("cli.error.internalNoLog", e.getClass().getSimpleName())));
        return ExitCode.INTERNAL_ERROR;
    }
}
