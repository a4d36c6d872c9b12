package org.briefingdesk.bench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.briefingdesk.bench.BenchQueries;
import org.briefingdesk.bench.BenchReport;
import org.briefingdesk.bench.CorpusSize;
import org.briefingdesk.bench.SearchBenchmark;
import org.briefingdesk.bench.SyntheticCorpus;
import org.briefingdesk.bench.sqlite.SqliteSearchBaselines;
import org.briefingdesk.cli.BriefingDeskCommand;
import org.briefingdesk.cli.ExitCode;
import org.briefingdesk.cli.JsonOutput;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench search [--scale N | --db FILE] [--queries N] [--json]}: builds the synthetic corpus in a
 * temporary file (or reads one {@code bench generate} wrote), times the fixed query mix through the search
 * service, bare FTS5 and a LIKE scan, and prints percentiles, ratios and the index's share of the file against
 * the targets.
 */
@Command(name = "search")
final class BenchSearchCommand extends BenchSubcommand {
    private static final System.Logger LOG = System.getLogger(BenchSearchCommand.class.getName());
    private static final int WARM_UP = 20;
    private static final int STATEMENTS_AT_SCALE_1 = 100_000;

    @Option(names = "--scale", paramLabel = "${bundle:cli.label.count}", descriptionKey = "bench.scale")
    private double scale = 1.0;

    @Option(names = "--queries", paramLabel = "${bundle:cli.label.count}", descriptionKey = "bench.queries")
    private int queries = 200;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Option(names = "--db", paramLabel = "${bundle:cli.label.file}", descriptionKey = "bench.search.db")
    private Path corpus;

    @Override
    public Integer call() throws IOException {
        BriefingDeskCommand app = app();
        CorpusSize size = BenchScale.size(scale);
        if (queries < 1) {
            throw new UserFacingException("bench.badQueries", String.valueOf(queries));
        }
        if (corpus != null) {
            return measureFile(app);
        }
        Path folder = Files.createTempDirectory("briefing-desk-bench");
        Path file = folder.resolve("corpus.db");
        BenchReport report;
        try (RecordStore store = app.openStoreAt(file, OpenMode.CREATE)) {
            long started = System.nanoTime();
            new SyntheticCorpus(size).writeInto(store, new BenchProgress(app.l10n(), app.err()));
            long seconds = Math.round((System.nanoTime() - started) / 1e9);
            app.err().println(app.l10n().get("bench.measuring", String.valueOf(queries)));
            app.err().flush();
            try (SqliteSearchBaselines baselines = new SqliteSearchBaselines(store.location())) {
                report = new SearchBenchmark(store, baselines).run(BenchQueries.mix(queries), WARM_UP, scale, seconds);
            }
        } finally {
            deleteDatabase(file);
        }
        deleteFolder(folder); // only after success: on a failure the log in it is named to the user
        print(app, report);
        return ExitCode.OK;
    }

    /** The same measurement on a corpus file already written (only read); its scale from its statements. */
    private Integer measureFile(BriefingDeskCommand app) {
        if (!Files.isRegularFile(corpus)) {
            throw new UserFacingException("cli.error.noDatabase", corpus);
        }
        BenchReport report;
        try (RecordStore store = app.openStoreAt(corpus, OpenMode.READ)) {
            double fileScale = store.counts().getOrDefault(RecordKind.STATEMENT, 0L) / (double) STATEMENTS_AT_SCALE_1;
            app.err().println(app.l10n().get("bench.measuring", String.valueOf(queries)));
            app.err().flush();
            try (SqliteSearchBaselines baselines = new SqliteSearchBaselines(store.location())) {
                report = new SearchBenchmark(store, baselines).run(BenchQueries.mix(queries), WARM_UP, fileScale, 0);
            }
        }
        print(app, report);
        return ExitCode.OK;
    }

    private void print(BriefingDeskCommand app, BenchReport report) {
        LOG.log(System.Logger.Level.INFO, "bench search: {0}", report);
        if (json) {
            app.out().println(JsonOutput.write(BenchReportJson.of(report)));
        } else {
            new BenchReportText(app.l10n(), app.out()).print(report);
        }
    }

    private static void deleteDatabase(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
