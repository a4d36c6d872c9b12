package org.briefingdesk.bench.cli;

import java.io.PrintWriter;
import org.briefingdesk.bench.start.Series;
import org.briefingdesk.bench.start.StartReport;
import org.briefingdesk.logic.i18n.Localization;

/** The start benchmark's medians as a small table, the ratios against their targets, and the memory figures. */
record StartReportText(Localization l10n, PrintWriter out) {
    void print(StartReport r) {
        out.println(l10n.get("bench.start.header", String.valueOf(r.runs())));
        out.printf("  %-52s %9s %9s %13s%n", "", l10n.get("bench.start.median"), l10n.get("bench.start.wall"),
                l10n.get("bench.start.range"));
        row(l10n.get("bench.start.emptyStage"), r.emptyStage());
        row(l10n.get("bench.start.firstFrame"), r.firstFrame());
        row(l10n.get("bench.start.sampleOverview", l10n.number(r.sampleRecords())), r.sampleOverview());
        row(l10n.get("bench.start.largeFirstFrame", l10n.number(r.largeRecords())), r.largeFirstFrame());
        row(l10n.get("bench.start.largeOverview", l10n.number(r.largeRecords())), r.largeOverview());
        row(l10n.get("bench.start.largeStatements", l10n.number(r.largeStatementsShown())), r.largeStatements());
        out.println();
        out.println(l10n.get("bench.start.firstFrameRatio", number(r.firstFrameRatio())));
        target(l10n.get("bench.start.sampleRatio", number(r.sampleRatio()), number(StartReport.MAX_SAMPLE_RATIO)),
                r.sampleMet());
        target(l10n.get("bench.start.largeRatio", number(r.largeRatio()), number(StartReport.MAX_LARGE_RATIO)),
                r.largeMet());
        StartReport.Memory m = r.memory();
        if (m.measured()) {
            target(l10n.get("bench.start.memory", l10n.number(m.statements().rows()), number(m.statementsMb()),
                    m.query(), l10n.number(m.search().rows()), number(m.searchMb()),
                    number(StartReport.MAX_RESIDENT_MB)), m.met());
        } else {
            out.println(l10n.get("bench.start.memoryUnknown"));
        }
        out.println(l10n.get("bench.start.launcher", r.launcher()));
    }

    /**
     * The same starts with other options against the first launcher's (the launcher's options against none):
     * (d) and (e), each a ratio of medians, against the allowed slowdown.
     */
    void compare(StartReport limited, StartReport other) {
        double overview = limited.largeOverview().median() / other.largeOverview().median();
        double statements = limited.largeStatements().median() / other.largeStatements().median();
        target(l10n.get("bench.start.compare", other.launcher(), number(overview), number(statements),
                number(StartReport.MAX_SLOWDOWN)), Math.max(overview, statements) <= StartReport.MAX_SLOWDOWN);
    }

    private void row(String label, Series s) {
        out.printf("  %-52s %9s %9s %13s%n", label, number(s.median()), number(s.wallMedian()),
                s.min() + "–" + s.max());
    }

    private void target(String line, boolean met) {
        out.println(line + " — " + l10n.get(met ? "bench.met" : "bench.notMet"));
    }

    private String number(double value) {
        return String.format(l10n.locale(), value >= 100 ? "%.0f" : "%.2f", value);
    }
}
