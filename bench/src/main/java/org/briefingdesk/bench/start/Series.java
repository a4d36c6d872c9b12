package org.briefingdesk.bench.start;

import java.util.Arrays;
import java.util.List;

/**
 * The times of one workload's starts, in milliseconds: from the child JVM's start as it measured them, and from
 * starting the process as the benchmark did (which adds the launcher's own work before the JVM).
 */
public record Series(long[] millis, long[] wallMillis) {
    static Series of(List<ProbeLine> lines) {
        return new Series(lines.stream().mapToLong(ProbeLine::millis).toArray(),
                lines.stream().mapToLong(ProbeLine::wallMillis).toArray());
    }

    public double median() {
        return median(millis);
    }

    public double wallMedian() {
        return median(wallMillis);
    }

    public long min() {
        return Arrays.stream(millis).min().orElse(0);
    }

    public long max() {
        return Arrays.stream(millis).max().orElse(0);
    }

    private static double median(long[] values) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
