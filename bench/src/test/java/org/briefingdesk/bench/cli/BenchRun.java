package org.briefingdesk.bench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.briefingdesk.app.AppContext;
import org.briefingdesk.cli.BriefingDeskCommand;
import org.briefingdesk.logic.store.ServerAddress;

/** One in-process run of the benchmark jar's command line on a given file: its exit code and what it wrote. */
record BenchRun(int exitCode, String out, String err) {
    /** {@code briefing-desk-bench --db DB ARGS...}. */
    static BenchRun on(Path db, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        return run(all, option -> Path.of(option).toAbsolutePath());
    }

    /** {@code briefing-desk-bench --server ADDRESS ARGS...}, logging into {@code folder}. */
    static BenchRun onServer(ServerAddress server, Path folder, String... args) {
        List<String> all = new ArrayList<>(List.of("--server", server.text()));
        all.addAll(List.of(args));
        return run(all, option -> folder.resolve("local.db"));
    }

    private static BenchRun run(List<String> all, Function<String, Path> locate) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BriefingDeskCommand.run(all.toArray(String[]::new), AppContext.storage(),
                locate, new PrintWriter(out), new PrintWriter(err),
                List.of(new BenchCommands()));
        return new BenchRun(code, out.toString(), err.toString());
    }
}
