package org.briefingdesk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.briefingdesk.logic.exchange.BundleExport;
import org.briefingdesk.logic.exchange.ExchangeMonitor;
import org.briefingdesk.logic.exchange.ExportScope;
import org.briefingdesk.logic.exchange.ImportFormat;
import org.briefingdesk.logic.exchange.Manifest;
import org.briefingdesk.logic.exchange.MergeDecisions;
import org.briefingdesk.logic.exchange.MergePlan;
import org.briefingdesk.logic.exchange.RecordImport;
import org.briefingdesk.logic.store.RecordStore;

/**
 * The steps of the exchange benchmark, each timed alone on an open store: a bundle of everything written, that
 * bundle imported into an empty store (preview and apply, search index maintained), and its merge preview against
 * the store it came from. The command line runs each step in a process of its own to read its peak memory.
 */
public final class ExchangeBenchmark {
    /** One step: how many records, in how many milliseconds. */
    public record Step(String name, long records, long millis) {
        public double recordsPerSecond() {
            return millis == 0 ? 0 : records * 1000.0 / millis;
        }
    }

    private ExchangeBenchmark() {
    }

    public static Step export(RecordStore store, Path bundle) throws IOException {
        long started = System.nanoTime();
        Manifest manifest;
        try (OutputStream out = Files.newOutputStream(bundle)) {
            manifest = new BundleExport(store).write(ExportScope.everything(), out, "bench", Instant.now(),
                    ExchangeMonitor.NONE);
        }
        return new Step("export", manifest.total(), (System.nanoTime() - started) / 1_000_000);
    }

    public static Step importInto(RecordStore empty, Path bundle) {
        long started = System.nanoTime();
        RecordImport importer = new RecordImport(empty);
        MergePlan plan = importer.preview(bundle, ImportFormat.BUNDLE, ExchangeMonitor.NONE);
        importer.apply(plan, new MergeDecisions(MergeDecisions.Policy.OURS), ExchangeMonitor.NONE);
        return new Step("import", plan.total(), (System.nanoTime() - started) / 1_000_000);
    }

    public static Step preview(RecordStore store, Path bundle) {
        long started = System.nanoTime();
        MergePlan plan = new RecordImport(store).preview(bundle, ImportFormat.BUNDLE, ExchangeMonitor.NONE);
        return new Step("preview", plan.total(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The process's peak resident memory in KiB (Linux's VmHWM), or -1 where the system does not say. */
    public static long peakRssKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
