package org.briefingdesk.bench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.briefingdesk.bench.BenchQueries;
import org.briefingdesk.bench.BenchReport;
import org.briefingdesk.bench.CorpusSize;
import org.briefingdesk.bench.SearchBaselines;
import org.briefingdesk.bench.SearchBenchmark;
import org.briefingdesk.bench.ServerLoad;
import org.briefingdesk.bench.SyntheticCorpus;
import org.briefingdesk.bench.Timings;
import org.briefingdesk.bench.postgres.PostgresSearchBaselines;
import org.briefingdesk.bench.sqlite.SqliteSearchBaselines;
import org.briefingdesk.cli.BriefingDeskCommand;
import org.briefingdesk.cli.ExitCode;
import org.briefingdesk.cli.JsonOutput;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.ServerAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code --server URL bench server [--scale N] [--writers N] [--saves N] [--readers N] [--queries N]
 * [--pause MS] [--reuse] [--json]}: fills an empty database on the server with the synthetic corpus (or, with
 * {@code --reuse}, searches the corpus a database already holds), times the search benchmark on it and
 * on a SQLite file of the same corpus side by side, then lets writers save and readers search at once
 * and checks that nothing was lost.
 */
@Command(name = "server")
final class BenchServerCommand extends BenchSubcommand {
    private static final int WARM_UP = 20;
    /** Search on the server at scale 1: p95 under this. */
    private static final double MAX_SEARCH_P95_MS = 100;

    @Option(names = "--scale", paramLabel = "${bundle:cli.label.count}", descriptionKey = "bench.scale")
    private double scale = 1.0;

    @Option(names = "--queries", paramLabel = "${bundle:cli.label.count}", descriptionKey = "bench.queries")
    private int queries = 200;

    @Option(names = "--writers", paramLabel = "${bundle:cli.label.count}", descriptionKey = "bench.server.writers")
    private int writers = 10;

    @Option(names = "--saves", paramLabel = "${bundle:cli.label.count}", descriptionKey = "bench.server.saves")
    private int saves = 1_000;

    @Option(names = "--readers", paramLabel = "${bundle:cli.label.count}", descriptionKey = "bench.server.readers")
    private int readers = 10;

    @Option(names = "--pause", paramLabel = "${bundle:cli.label.count}", descriptionKey = "bench.server.pause")
    private long pause;

    @Option(names = "--reuse", descriptionKey = "bench.server.reuse")
    private boolean reuse;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Override
    public Integer call() throws IOException, InterruptedException {
        BriefingDeskCommand app = app();
        ServerAddress address = app.server().orElseThrow(() -> new UserFacingException("cli.server.needsServer"));
        CorpusSize size = BenchScale.size(scale);
        if (pause < 0) {
            throw new UserFacingException("bench.server.badPause", String.valueOf(pause));
        }
        if (queries < 1 || writers < 1 || saves < 1 || readers < 0) {
            throw new UserFacingException("bench.badQueries", String.valueOf(Math.min(queries, saves)));
        }
        app.logLocally();
        BenchReport onServer;
        try (RecordStore server = app.servers().init(address, null)) {
            boolean holdsRecords = server.counts().values().stream().mapToLong(Long::longValue).sum() > 0;
            if (holdsRecords && !reuse) {
                throw new UserFacingException("bench.notEmpty", server.displayName());
            }
            try (PostgresSearchBaselines baselines = new PostgresSearchBaselines(address, null)) {
                onServer = holdsRecords ? measure(server, baselines, 0)
                        : searchBenchmark(app, server, size, baselines);
            }
        }
        Path folder = Files.createTempDirectory("briefing-desk-bench");
        Path file = folder.resolve("corpus.db");
        BenchReport onFile;
        try (RecordStore local = app.openScratchStore(file);
             SqliteSearchBaselines baselines = new SqliteSearchBaselines(file)) {
            onFile = searchBenchmark(app, local, size, baselines);
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
        app.err().println(app.l10n().get("bench.server.loading", String.valueOf(writers), String.valueOf(saves),
                String.valueOf(readers)));
        app.err().flush();
        ServerLoad.Report load = new ServerLoad(() -> app.servers().open(address, null), writers, saves, readers,
                pause).run();
        if (json) {
            app.out().println(JsonOutput.write(json(onServer, onFile, load)));
        } else {
            print(app.l10n(), app.out(), onServer, onFile, load);
        }
        return ExitCode.OK;
    }

    /** The corpus written into {@code store} through its batch writer, then searched. */
    private BenchReport searchBenchmark(BriefingDeskCommand app, RecordStore store, CorpusSize size,
                                        SearchBaselines baselines) {
        long started = System.nanoTime();
        SyntheticCorpus corpus = new SyntheticCorpus(size);
        BenchProgress progress = new BenchProgress(app.l10n(), app.err());
        corpus.writeInto(store, progress);
        long seconds = Math.round((System.nanoTime() - started) / 1e9);
        app.err().println(app.l10n().get("bench.measuring", String.valueOf(queries)));
        app.err().flush();
        return measure(store, baselines, seconds);
    }

    private BenchReport measure(RecordStore store, SearchBaselines baselines, long generationSeconds) {
        return new SearchBenchmark(store, baselines).run(BenchQueries.mix(queries), WARM_UP, scale, generationSeconds);
    }

    private static void print(Localization l10n, PrintWriter out, BenchReport server, BenchReport file,
                              ServerLoad.Report load) {
        out.println(l10n.get("bench.corpus", String.valueOf(server.totalRecords()), number(l10n, server.scale()),
                String.valueOf(server.generationSeconds())));
        out.println(l10n.get("bench.server.fileCorpus", String.valueOf(file.generationSeconds())));
        out.println(l10n.get("bench.queryMix", String.valueOf(server.queries()),
                String.valueOf(server.queriesWithHits())));
        out.println();
        out.printf("  %-28s %9s %9s %9s%n", "", "p50 ms", "p95 ms", "p99 ms");
        row(l10n, out, l10n.get("bench.server.searchServer"), server.service());
        row(l10n, out, l10n.get("bench.server.rawServer"), server.rawFts());
        row(l10n, out, l10n.get("bench.server.searchFile"), file.service());
        row(l10n, out, l10n.get("bench.server.rawFile"), file.rawFts());
        out.println(l10n.get("bench.server.withHits", String.valueOf(server.queriesWithHits()),
                String.valueOf(file.queriesWithHits())));
        out.println();
        out.println(l10n.get("bench.server.load", String.valueOf(load.writers()), String.valueOf(load.savesPerWriter()),
                String.valueOf(load.readers()), number(l10n, load.seconds()), String.valueOf(load.searches())));
        if (load.pauseMillis() > 0) {
            out.println(l10n.get("bench.server.paused", String.valueOf(load.pauseMillis())));
        }
        row(l10n, out, l10n.get("bench.server.save"), load.save());
        row(l10n, out, l10n.get("bench.server.searchUnderLoad"), load.search());
        out.println();
        target(l10n, out, l10n.get("bench.server.searchTarget", number(l10n, server.service().p95()),
                number(l10n, MAX_SEARCH_P95_MS)),
                server.service().p95() < MAX_SEARCH_P95_MS);
        target(l10n, out, l10n.get("bench.server.saveTarget", number(l10n, load.save().p95()),
                number(l10n, ServerLoad.Report.MAX_SAVE_P95_MS)), load.saveFastMet());
        target(l10n, out, l10n.get("bench.server.nothingLost", String.valueOf(load.saves()),
                String.valueOf(load.countGrowth()), String.valueOf(load.missing()), String.valueOf(load.failures())),
                load.nothingLost());
        load.failureMessages().forEach(m -> out.println("  " + m));
    }

    private static Map<String, Object> json(BenchReport server, BenchReport file, ServerLoad.Report load) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scale", server.scale());
        out.put("records", server.totalRecords());
        out.put("queries", server.queries());
        out.put("searchServer", timings(server.service()));
        out.put("rawServer", timings(server.rawFts()));
        out.put("searchFile", timings(file.service()));
        out.put("rawFile", timings(file.rawFts()));
        out.put("queriesWithHitsServer", server.queriesWithHits());
        out.put("queriesWithHitsFile", file.queriesWithHits());
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("writers", load.writers());
        l.put("savesPerWriter", load.savesPerWriter());
        l.put("readers", load.readers());
        l.put("pauseMillis", load.pauseMillis());
        l.put("saves", load.saves());
        l.put("searches", load.searches());
        l.put("save", timings(load.save()));
        l.put("search", timings(load.search()));
        l.put("missing", load.missing());
        l.put("countGrowth", load.countGrowth());
        l.put("failures", load.failures());
        l.put("nothingLost", load.nothingLost());
        l.put("seconds", load.seconds());
        out.put("load", l);
        return out;
    }

    private static Map<String, Object> timings(Timings t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("p50", t.p50());
        out.put("p95", t.p95());
        out.put("p99", t.p99());
        return out;
    }

    private static void row(Localization l10n, PrintWriter out, String label, Timings t) {
        out.printf("  %-28s %9s %9s %9s%n", label, number(l10n, t.p50()), number(l10n, t.p95()),
                number(l10n, t.p99()));
    }

    private static void target(Localization l10n, PrintWriter out, String line, boolean met) {
        out.println(line + " — " + l10n.get(met ? "bench.met" : "bench.notMet"));
    }

    private static String number(Localization l10n, double value) {
        return String.format(l10n.locale(), value >= 100 ? "%.0f" : "%.2f", value);
    }
}
