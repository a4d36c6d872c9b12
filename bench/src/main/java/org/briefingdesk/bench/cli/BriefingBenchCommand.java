package org.briefingdesk.bench.cli;

import org.briefingdesk.cli.ExitCode;
import org.briefingdesk.cli.HelpOption;
import org.briefingdesk.cli.BriefingDeskCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.briefingdesk.logic.briefing.BriefingMonitor;
import org.briefingdesk.logic.briefing.BriefingOptions;
import org.briefingdesk.logic.briefing.BriefingTarget;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.output.BriefingExporter;
import org.briefingdesk.output.BriefingFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bench-briefing}: the target, measured. Builds a scratch database with a person linked
 * to 500 records, writes her pack in every format (the first, cold run and the best of three warm
 * ones), and prints the pack time next to the time of the queries it needs. Never touches --db.
 */
@Command(name = "bench-briefing")
final class BriefingBenchCommand implements Callable<Integer> {
    private static final int WARM_RUNS = 3;

    @ParentCommand
    private BriefingDeskCommand app;

    @Mixin
    private HelpOption help;

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
        } finally {
            delete(scratch);
        }
        return ExitCode.OK;
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
