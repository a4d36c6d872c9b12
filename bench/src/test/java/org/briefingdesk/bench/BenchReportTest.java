package org.briefingdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.briefingdesk.bench.SearchBaselines.IndexSize;
import org.junit.jupiter.api.Test;

/** The search p95 target follows the record base: 50 ms up to scale 1, 100 ms for a decade's (scale 10). */
class BenchReportTest {
    @Test
    void aDecadesRecordBaseHasTheLargerTarget() {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (i + 1) * 1_000_000L; // 1 to 100 ms: p95 about 95 ms
        }
        Timings timings = Timings.of(nanos);
        IndexSize size = new IndexSize(150, 100);
        BenchReport small = new BenchReport(1, Map.of(), 0, 100, 100, timings, timings, timings, size);
        BenchReport decade = new BenchReport(10, Map.of(), 0, 100, 100, timings, timings, timings, size);

        assertEquals(50, small.maxServiceP95Ms());
        assertFalse(small.serviceFastMet(), "95 ms at scale 1");
        assertEquals(100, decade.maxServiceP95Ms());
        assertTrue(decade.serviceFastMet(), "95 ms at scale 10");
    }
}
