package org.briefingdesk.bench;

import java.util.Arrays;

/** Percentiles of one method's query times, in milliseconds (nearest rank). */
public record Timings(double p50, double p95, double p99, double mean) {
    static Timings of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return new Timings(percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), mean);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
