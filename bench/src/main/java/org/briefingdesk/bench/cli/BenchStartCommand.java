package org.briefingdesk.bench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.briefingdesk.app.LauncherOptions;
import org.briefingdesk.bench.start.Launcher;
import org.briefingdesk.bench.start.StartBenchmark;
import org.briefingdesk.bench.start.StartBenchmarkException;
import org.briefingdesk.bench.start.StartReport;
import org.briefingdesk.cli.BriefingDeskCommand;
import org.briefingdesk.cli.ExitCode;
import org.briefingdesk.cli.JsonOutput;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.sample.SampleDataLoader;
import org.briefingdesk.logic.store.RecordStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench start [--image DIR]... [--runs N] [--scale N | --large-db FILE] [--json]}: cold starts of the window
 * in child JVMs against an empty JavaFX stage, and the resident memory on a large file (StartBenchmark). Without an
 * image the children get the launcher's JVM options ({@link LauncherOptions}), and with --compare-default-heap the
 * same starts without them, interleaved. Several images are measured interleaved, to compare how they were built;
 * --json then prints an array.
 */
@Command(name = "start")
final class BenchStartCommand extends BenchSubcommand {
    private static final System.Logger LOG = System.getLogger(BenchStartCommand.class.getName());
    /** A word of the corpus found in about one record in thirteen: 10,885 results at scale 1. */
    static final String DEFAULT_QUERY = "policie";

    @Option(names = "--image", paramLabel = "${bundle:bench.label.folder}", descriptionKey = "bench.start.image")
    private List<Path> images = new ArrayList<>();

    @Option(names = "--java-option", paramLabel = "${bundle:bench.label.option}",
            descriptionKey = "bench.start.javaOption")
    private List<String> javaOptions = new ArrayList<>();

    @Option(names = "--compare-default-heap", descriptionKey = "bench.start.compareDefaultHeap")
    private boolean compareDefaultHeap;

    @Option(names = "--with-jar", descriptionKey = "bench.start.withJar")
    private boolean withJar;

    @Option(names = "--runs", paramLabel = "${bundle:cli.label.count}", descriptionKey = "bench.start.runs")
    private int runs = 7;

    @Option(names = "--scale", paramLabel = "${bundle:cli.label.count}", descriptionKey = "bench.scale")
    private double scale = 1.0;

    @Option(names = "--large-db", paramLabel = "${bundle:cli.label.file}", descriptionKey = "bench.start.largeDb")
    private Path largeDb;

    @Option(names = "--query", paramLabel = "${bundle:bench.label.text}", descriptionKey = "bench.start.query")
    private String query = DEFAULT_QUERY;

    @Option(names = "--smoke", descriptionKey = "bench.start.smoke")
    private boolean smoke;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        BriefingDeskCommand app = app();
        int counted = smoke ? 1 : runs;
        if (counted < 1) {
            throw new UserFacingException("bench.start.badRuns", String.valueOf(runs));
        }
        if (largeDb != null && !Files.isRegularFile(largeDb)) {
            throw new UserFacingException("cli.error.noDatabase", largeDb);
        }
        List<Launcher> launchers = launchers();
        Path folder = Files.createTempDirectory("briefing-desk-bench-start");
        Path sample = folder.resolve("sample.db");
        try (RecordStore store = app.openScratchStore(sample)) {
            new SampleDataLoader().load(store);
        }
        Path large = largeDb != null ? largeDb : BenchScale.generate(app, folder.resolve("large.db"), scale);
        for (Launcher launcher : launchers) {
            app.err().println(app.l10n().get("bench.start.measuring", launcher.description()));
        }
        app.err().flush();
        List<StartReport> reports;
        try {
            reports = new StartBenchmark(launchers, sample, large, folder,
                    line -> LOG.log(System.Logger.Level.INFO, "bench start: {0}", line)).run(counted, !smoke, query);
        } catch (StartBenchmarkException e) {
            LOG.log(System.Logger.Level.ERROR, "bench start failed", e);
            throw new UserFacingException(e, "bench.start.failed", e.getMessage());
        }
        deleteFolder(folder); // only after success: the children's standard error is named in a failure
        LOG.log(System.Logger.Level.INFO, "bench start: {0}", reports);
        if (json) {
            List<StartReportJson> all =
                    reports.stream().map(r -> StartReportJson.of(r, scale, largeDb != null)).toList();
            app.out().println(JsonOutput.write(all.size() == 1 ? all.get(0) : all));
        } else {
            StartReportText text = new StartReportText(app.l10n(), app.out());
            for (int i = 0; i < reports.size(); i++) {
                if (i > 0) {
                    app.out().println();
                }
                text.print(reports.get(i));
            }
            if (compareDefaultHeap) {
                app.out().println();
                text.compare(reports.get(0), reports.get(1));
            }
        }
        return ExitCode.OK;
    }

    private List<Launcher> launchers() {
        if (images.isEmpty()) {
            List<String> launched = new ArrayList<>(LauncherOptions.javaOptions());
            launched.addAll(javaOptions);
            Launcher application = Launcher.java(launched);
            return compareDefaultHeap ? List.of(application, Launcher.java(javaOptions)) : List.of(application);
        }
        if (!javaOptions.isEmpty() || compareDefaultHeap) {
            throw new UserFacingException("bench.start.optionsWithImage");
        }
        List<Launcher> launchers = new ArrayList<>();
        if (withJar) {
            launchers.add(Launcher.java(LauncherOptions.javaOptions()));
        }
        for (Path image : images) {
            try {
                launchers.add(Launcher.image(image));
            } catch (IllegalArgumentException e) {
                throw new UserFacingException(e, "bench.start.noLauncher", image);
            }
        }
        return launchers;
    }


    /** Deletes a scratch folder of the benchmarks with all it holds. */
    static void deleteFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
