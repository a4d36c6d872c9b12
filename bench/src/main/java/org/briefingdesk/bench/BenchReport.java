package org.briefingdesk.bench;

import java.util.Map;
import org.briefingdesk.bench.SearchBaselines.IndexSize;
import org.briefingdesk.model.RecordKind;

/**
 * What the search benchmark measured: the corpus, the three methods' timings, their ratios and the
 * index's share of the file, each with the target and whether it was met.
 */
public record BenchReport(double scale, Map<RecordKind, Long> records, long generationSeconds, int queries,
                          int queriesWithHits, Timings service, Timings rawFts, Timings likeScan, IndexSize fileSize) {
    public static final double MAX_SERVICE_TO_RAW = 1.5;
    public static final double MIN_LIKE_TO_SERVICE = 50;
    public static final double MAX_SERVICE_P95_MS = 50;
    public static final double MAX_INDEX_GROWTH = 0.60;

    public BenchReport {
        records = Map.copyOf(records);
    }

    public long totalRecords() {
        return records.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Service p95 over raw FTS5 p95: the cost of parsing, joining, counting and snippets. */
    public double serviceToRaw() {
        return service.p95() / rawFts.p95();
    }

    /** LIKE p95 over service p95: how much the index buys. */
    public double likeToService() {
        return likeScan.p95() / service.p95();
    }

    /**
     * LIKE p95 over raw FTS5 p95: the most any service built on FTS5's bm25 can gain over LIKE. With the
     * service within 1.5× of raw FTS5, the 50× target needs this to be at least 33×.
     */
    public double likeToRaw() {
        return likeScan.p95() / rawFts.p95();
    }

    /** LIKE p50 over service p50: the typical query rather than the slowest twentieth. */
    public double likeToServiceMedian() {
        return likeScan.p50() / service.p50();
    }

    public boolean serviceNearRawMet() {
        return serviceToRaw() <= MAX_SERVICE_TO_RAW;
    }

    public boolean fasterThanLikeMet() {
        return likeToService() >= MIN_LIKE_TO_SERVICE;
    }

    public boolean serviceFastMet() {
        return service.p95() < MAX_SERVICE_P95_MS;
    }

    public boolean indexSizeMet() {
        return fileSize.growth() <= MAX_INDEX_GROWTH;
    }
}
