package org.briefingdesk.bench.cli;

import java.io.PrintWriter;
import org.briefingdesk.bench.BenchReport;
import org.briefingdesk.bench.Timings;
import org.briefingdesk.logic.i18n.Localization;

/** The benchmark's figures as a small table and one line per target, saying plainly whether it was met. */
record BenchReportText(Localization l10n, PrintWriter out) {
    private static final double MB = 1024.0 * 1024.0;

    void print(BenchReport r) {
        out.println(l10n.get("bench.corpus", String.valueOf(r.totalRecords()), number(r.scale()),
                String.valueOf(r.generationSeconds())));
        out.println(l10n.get("bench.queryMix", String.valueOf(r.queries()), String.valueOf(r.queriesWithHits())));
        out.println();
        out.printf("  %-16s %9s %9s %9s%n", "", "p50 ms", "p95 ms", "p99 ms");
        row(l10n.get("bench.service"), r.service());
        row(l10n.get("bench.rawFts"), r.rawFts());
        row(l10n.get("bench.likeScan"), r.likeScan());
        out.println();
        target(l10n.get("bench.serviceToRaw", number(r.serviceToRaw()), number(BenchReport.MAX_SERVICE_TO_RAW)),
                r.serviceNearRawMet());
        out.println(l10n.get("bench.likeToService", number(r.likeToService()), number(r.likeToRaw()),
                number(r.likeToServiceMedian())));
        target(l10n.get("bench.serviceP95", number(r.service().p95()), number(r.maxServiceP95Ms())),
                r.serviceFastMet());
        target(l10n.get("bench.fileSize", number(r.fileSize().withIndex() / MB),
                number(r.fileSize().withoutIndex() / MB), number(100 * r.fileSize().growth()),
                number(100 * BenchReport.MAX_INDEX_GROWTH)), r.indexSizeMet());
    }

    private void row(String label, Timings t) {
        out.printf("  %-16s %9s %9s %9s%n", label, number(t.p50()), number(t.p95()), number(t.p99()));
    }

    private void target(String line, boolean met) {
        out.println(line + " — " + l10n.get(met ? "bench.met" : "bench.notMet"));
    }

    private String number(double value) {
        return String.format(l10n.locale(), value >= 100 ? "%.0f" : "%.2f", value);
    }
}
