package org.briefingdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.logic.store.Storage;
import org.briefingdesk.logic.store.StoreOpener;
import org.briefingdesk.testutil.TestServer;
import org.briefingdesk.testutil.TestStores;

/** One in-process run of the command line on a given file: its exit code and what it wrote. */
record CliRun(int exitCode, String out, String err) {
    /** Standard error holds exactly one line; returns it. */
    String oneErrorLine() {
        assertFalse(err.isBlank(), "an error message was expected");
        assertEquals(1, err.strip().lines().count(), () -> "one line expected, got:\n" + err);
        return err.strip();
    }

    /** The database file of a command-line test, in its temporary folder. */
    static Path database(Path folder) {
        return folder.resolve("briefing-desk.db");
    }

    /** {@code briefing-desk --db DB ARGS...} with the test stores. */
    static CliRun on(Path db, String... args) {
        return on(db, TestStores.opener(), option -> Path.of(option).toAbsolutePath(), args);
    }

    /** {@code briefing-desk --server ADDRESS ARGS...} against the test server, logging into {@code folder}. */
    static CliRun onServer(ServerAddress server, Path folder, String... args) {
        List<String> all = new ArrayList<>(List.of("--server", server.text()));
        all.addAll(List.of(args));
        return run(all, new Storage(TestStores.opener(), TestStores.files(), TestServer.opener()),
                option -> folder.resolve("local.db"));
    }

    /** {@code briefing-desk --db DB ARGS...} with this opener and this way of finding a file from its option. */
    static CliRun on(Path db, StoreOpener opener, Function<String, Path> locate, String... args) {
        return on(db, new Storage(opener, TestStores.files()), locate, args);
    }

    /** {@code briefing-desk --db DB ARGS...} with this storage (its clock, say). */
    static CliRun on(Path db, Storage storage, String... args) {
        return on(db, storage, option -> Path.of(option).toAbsolutePath(), args);
    }

    private static CliRun on(Path db, Storage storage, Function<String, Path> locate, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        return run(all, storage, locate);
    }

    private static CliRun run(List<String> args, Storage storage, Function<String, Path> locate) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BriefingDeskCommand.run(args.toArray(String[]::new), storage, locate,
                new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
