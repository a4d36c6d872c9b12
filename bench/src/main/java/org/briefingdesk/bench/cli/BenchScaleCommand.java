package org.briefingdesk.bench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.briefingdesk.bench.start.Launcher;
import org.briefingdesk.cli.BriefingDeskCommand;
import org.briefingdesk.cli.ExitCode;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordPages;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.records.SectionTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench scale [--scale N] [--runs N] [--large-db FILE]}: what opening costs as the record base grows. The
 * command line's {@code stats} (open, bounded check, counts) in child JVMs on the corpus at scale 0.1 and at scale N,
 * interleaved run by run, each from process start to exit (the JVM's start is in both), with the ratio of the
 * medians; then the statements section as the window reads it: its first rows, and its first window in each
 * column's order.
 */
@Command(name = "scale")
final class BenchScaleCommand extends BenchSubcommand {
    /** The small side of the comparison, the sample scale. */
    static final double SMALL_SCALE = 0.1;
    /** Opening at the given scale should take at most this many times as long as at scale 0.1. */
    static final double TARGET_RATIO = 1.3;
    /** The first rows of a section at scale N should take at most this many times as long as at scale 0.1. */
    static final double FIRST_ROWS_RATIO = 1.5;
    /** A click on a column header reorders a table of a million rows within this many milliseconds. */
    static final long SORT_MS = 1000;
    /** Rows the window reads at once. */
    private static final int WINDOW = 200;

    @Option(names = "--scale", paramLabel = "${bundle:cli.label.count}", descriptionKey = "bench.scale")
    private double scale = 1.0;

    @Option(names = "--runs", paramLabel = "${bundle:cli.label.count}", descriptionKey = "bench.scale.runs")
    private int runs = 5;

    @Option(names = "--large-db", paramLabel = "${bundle:cli.label.file}", descriptionKey = "bench.scale.largeDb")
    private Path largeDb;

    @Override
    public Integer call() throws IOException {
        BriefingDeskCommand app = app();
        if (runs < 1) {
            throw new UserFacingException("bench.start.badRuns", String.valueOf(runs));
        }
        if (largeDb != null && !Files.isRegularFile(largeDb)) {
            throw new UserFacingException("cli.error.noDatabase", largeDb);
        }
        Path folder = Files.createTempDirectory("briefing-desk-bench-scale");
        Path small = BenchScale.generate(app, folder.resolve("small.db"), SMALL_SCALE);
        Path large = largeDb != null ? largeDb.toAbsolutePath()
                : BenchScale.generate(app, folder.resolve("large.db"), scale);
        app.err().println(app.l10n().get("bench.scale.measuring", String.valueOf(runs)));
        app.err().flush();
        Launcher launcher = Launcher.java(List.of());
        stats(launcher, small); // a warm-up of each: the files' pages in the OS cache, as on a second start
        stats(launcher, large);
        long[] smallMs = new long[runs];
        long[] largeMs = new long[runs];
        for (int i = 0; i < runs; i++) {
            smallMs[i] = stats(launcher, small);
            largeMs[i] = stats(launcher, large);
        }
        long[][] smallTables = tables(app, small);
        long[][] largeTables = tables(app, large);
        BenchStartCommand.deleteFolder(folder);
        long smallMedian = median(smallMs);
        long largeMedian = median(largeMs);
        double ratio = (double) largeMedian / Math.max(1, smallMedian);
        String largeScale = largeDb != null ? large.getFileName().toString() : String.valueOf(scale);
        app.out().println(app.l10n().get("bench.scale.header", String.valueOf(runs)));
        app.out().println(app.l10n().get("bench.scale.open", String.valueOf(SMALL_SCALE), largeScale,
                String.valueOf(smallMedian), String.valueOf(largeMedian), String.format(Locale.ROOT, "%.2f", ratio),
                String.valueOf(TARGET_RATIO),
                app.l10n().get(ratio <= TARGET_RATIO ? "bench.met" : "bench.notMet")));
        printTables(app, largeScale, smallTables, largeTables);
        return ExitCode.OK;
    }

    /** The window's statements section: first rows (count and a window), then a window in each column's order. */
    private void printTables(BriefingDeskCommand app, String largeScale, long[][] small, long[][] large) {
        app.out().println(app.l10n().get("bench.scale.tablesHeader", String.valueOf(runs)));
        double ratio = (double) large[0][0] / Math.max(1, small[0][0]);
        app.out().println(app.l10n().get("bench.scale.firstRows", String.valueOf(SMALL_SCALE), largeScale,
                String.valueOf(small[0][0]), String.valueOf(large[0][0]), String.format(Locale.ROOT, "%.2f", ratio),
                String.valueOf(FIRST_ROWS_RATIO),
                app.l10n().get(ratio <= FIRST_ROWS_RATIO ? "bench.met" : "bench.notMet")));
        SectionTable table = SectionTable.of(RecordKind.STATEMENT);
        for (int column = 0; column < table.columns().size(); column++) {
            long slowest = Math.max(large[1][column], large[2][column]);
            app.out().println(app.l10n().get("bench.scale.sort", app.l10n().get(table.columns().get(column).titleKey()),
                    String.valueOf(small[1][column]), String.valueOf(small[2][column]),
                    String.valueOf(large[1][column]), String.valueOf(large[2][column]), String.valueOf(SORT_MS),
                    app.l10n().get(slowest <= SORT_MS ? "bench.met" : "bench.notMet")));
        }
    }

    /**
     * Medians in ms, read as the window reads them: [0][0] the first rows (count and the first window), [1][c] the
     * first window sorted by column c, [2][c] the same descending. The store opened once; each read measured
     * {@code runs} times after one unmeasured.
     */
    private long[][] tables(BriefingDeskCommand app, Path db) {
        SectionTable table = SectionTable.of(RecordKind.STATEMENT);
        int columns = table.columns().size();
        long[][] medians = new long[3][columns];
        try (RecordStore store = app.openStoreAt(db, OpenMode.READ)) {
            RecordPages pages = store.pages().orElseThrow();
            Localization l10n = app.l10n();
            medians[0][0] = medianOf(() -> {
                pages.count(RecordKind.STATEMENT);
                pages.page(RecordKind.STATEMENT, RecordPages.Order.FIRST_COLUMN, 0, WINDOW, l10n);
            });
            for (int column = 0; column < columns; column++) {
                for (int direction = 0; direction < 2; direction++) {
                    RecordPages.Order order = new RecordPages.Order(column, direction == 1);
                    medians[1 + direction][column] = medianOf(
                            () -> pages.page(RecordKind.STATEMENT, order, 0, WINDOW, l10n));
                }
            }
        }
        return medians;
    }

    private long medianOf(Runnable read) {
        read.run();
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            read.run();
            ms[i] = (System.nanoTime() - started) / 1_000_000;
        }
        return median(ms);
    }

    /** Milliseconds from starting {@code stats} on {@code db} in a child JVM to its exit. */
    private static long stats(Launcher launcher, Path db) throws IOException {
        List<String> command = new ArrayList<>(launcher.prefix());
        command.addAll(List.of("--db", db.toString(), "stats"));
        long started = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit;
        try {
            exit = child.waitFor();
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new UserFacingException(e, "bench.scale.failed", db, "interrupted");
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (exit != 0) {
            List<String> lines = output.lines().toList();
            throw new UserFacingException("bench.scale.failed", db, lines.isEmpty() ? "" : lines.get(lines.size() - 1));
        }
        return ms;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
