package org.briefingdesk.bench.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.briefingdesk.bench.BenchReport;
import org.briefingdesk.bench.Timings;
import org.briefingdesk.cli.KindNames;
import org.briefingdesk.model.RecordKind;

/** {@code bench search --json}: stable English keys; times in milliseconds, sizes in bytes. */
record BenchReportJson(double scale, Map<String, Long> records, long totalRecords, long generationSeconds,
                       int queries, int queriesWithHits, Timings service, Timings rawFts, Timings likeScan,
                       Map<String, Double> ratios, Map<String, Object> fileSize, Map<String, Boolean> targetsMet) {
    static BenchReportJson of(BenchReport r) {
        Map<String, Long> records = new LinkedHashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            records.put(KindNames.jsonKey(kind), r.records().getOrDefault(kind, 0L));
        }
        Map<String, Double> ratios = new LinkedHashMap<>();
        ratios.put("serviceToRawFtsP95", r.serviceToRaw());
        ratios.put("likeScanToServiceP95", r.likeToService());
        ratios.put("likeScanToRawFtsP95", r.likeToRaw());
        ratios.put("likeScanToServiceP50", r.likeToServiceMedian());
        Map<String, Object> size = new LinkedHashMap<>();
        size.put("withIndexBytes", r.fileSize().withIndex());
        size.put("withoutIndexBytes", r.fileSize().withoutIndex());
        size.put("indexGrowth", r.fileSize().growth());
        Map<String, Boolean> targets = new LinkedHashMap<>();
        targets.put("serviceP95AtMost1_5xRawFts", r.serviceNearRawMet());
        targets.put(r.maxServiceP95Ms() == BenchReport.MAX_SERVICE_P95_MS ? "serviceP95Under50ms"
                : "serviceP95Under100ms", r.serviceFastMet());
        targets.put("indexAddsAtMost60Percent", r.indexSizeMet());
        return new BenchReportJson(r.scale(), records, r.totalRecords(), r.generationSeconds(), r.queries(),
                r.queriesWithHits(), r.service(), r.rawFts(), r.likeScan(), ratios, size, targets);
    }
}
