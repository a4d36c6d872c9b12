package org.briefingdesk.bench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.briefingdesk.app.LauncherOptions;
import org.briefingdesk.bench.memory.LargePackMeasurement;
import org.briefingdesk.cli.BriefingDeskCommand;
import org.briefingdesk.cli.ExitCode;
import org.briefingdesk.cli.HelpOption;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.briefing.BriefingMonitor;
import org.briefingdesk.logic.briefing.BriefingOptions;
import org.briefingdesk.logic.briefing.BriefingTarget;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.output.BriefingExporter;
import org.briefingdesk.output.BriefingFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench-briefing [--large FILE [--topic NAME]]}: the target, measured. Builds a scratch
 * database with a person linked to 500 records, writes her pack in every format (the first, cold run
 * and the best of three warm ones), and prints the pack time next to the time of the queries it needs.
 * With {@code --large} (a record base from {@code bench generate}, read only), it also writes the pack
 * of a topic there in every format, each in a process of its own with the default heap and with the
 * launcher's options (or those given with --java-option), and prints its pages, time, peak heap and peak
 * resident memory. Never touches --db.
 */
@Command(name = "bench-briefing")
final class BriefingBenchCommand implements Callable<Integer> {
    private static final int WARM_RUNS = 3;

    @ParentCommand
    private BriefingDeskCommand app;

    @Mixin
    private HelpOption help;

    @Option(names = "--large", paramLabel = "${bundle:cli.label.file}", descriptionKey = "bench.briefing.largeOption")
    private Path large;

    @Option(names = "--topic", paramLabel = "${bundle:cli.label.topic}", descriptionKey = "bench.briefing.topicOption")
    private String topic = "azyl";

    @Option(names = "--java-option", paramLabel = "${bundle:bench.label.option}",
            descriptionKey = "bench.briefing.javaOption")
    private List<String> javaOptions = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Path scratch = Files.createTempDirectory("briefing-bench");
        try (RecordStore store = app.openScratchStore(scratch.resolve("corpus.db"))) {
            UUID person = BriefingBenchData.create(store);
            app.out().println(app.l10n().get("bench.briefing.header", BriefingBenchData.LINKED));
            BriefingExporter exporter = new BriefingExporter(store);
            BriefingOptions options = BriefingOptions.defaults();
            for (BriefingFormat format : BriefingFormat.values()) {
                Path out = scratch.resolve("pack." + format.extension());
                BriefingExporter.Result cold = exporter.export(BriefingTarget.person(person), options, format, out,
                        BriefingMonitor.NONE);
                BriefingExporter.Result best = cold;
                for (int i = 0; i < WARM_RUNS; i++) {
                    BriefingExporter.Result warm = exporter.export(BriefingTarget.person(person), options, format, out,
                            BriefingMonitor.NONE);
                    best = warm.totalMillis() < best.totalMillis() ? warm : best;
                }
                app.out().println(app.l10n().get("bench.briefing.row", format.name(), cold.totalMillis(),
                        best.totalMillis(), millis(best.assemblyNanos()), millis(best.writeNanos()),
                        Math.max(1, best.bytes() / 1024)));
            }
            app.out().println(app.l10n().get("bench.briefing.note"));
            if (large != null) {
                measureLarge(scratch);
            }
        } finally {
            delete(scratch);
        }
        return ExitCode.OK;
    }

    /** The large pack's figures, format by format; a run that ran out of memory says so. */
    private void measureLarge(Path scratch) throws IOException {
        if (!Files.isRegularFile(large)) {
            throw new UserFacingException("cli.error.noDatabase", large);
        }
        app.out().println(app.l10n().get("bench.briefing.large.header", topic, large));
        app.out().flush();
        List<LargePackMeasurement.Run> runs;
        try {
            runs = new LargePackMeasurement(large, topic, options()).measure(scratch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (LargePackMeasurement.Run run : runs) {
            app.out().println(run.ok()
                    ? app.l10n().get("bench.briefing.large.row", run.format().name(), run.heap(),
                            app.l10n().number(run.pages()), megabytes(run.bytes()), run.millis() / 1000,
                            megabytes(run.peakHeapBytes()), megabytes(run.peakResidentBytes()))
                    : app.l10n().get("bench.briefing.large.failed", run.format().name(), run.heap(), run.failure()));
        }
        app.out().println(app.l10n().get("bench.briefing.large.note", String.join(" ", options())));
    }

    private List<String> options() {
        return javaOptions.isEmpty() ? LauncherOptions.javaOptions() : javaOptions;
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "?" : String.valueOf(Math.round(bytes / (1024.0 * 1024.0)));
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
