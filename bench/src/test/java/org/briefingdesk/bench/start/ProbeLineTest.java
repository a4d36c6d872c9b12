package org.briefingdesk.bench.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProbeLineTest {
    @Test
    void readsTheProbesLinesAndNothingElse() {
        assertEquals(new ProbeLine("frame", 812, 900, -1, OptionalLong.of(162148)),
                ProbeLine.parse("briefing-desk-probe frame 812 rss=162148", 900).orElseThrow());
        assertEquals(new ProbeLine("search", 9123, 9300, 10885, OptionalLong.empty()),
                ProbeLine.parse("briefing-desk-probe search 9123 rows=10885", 9300).orElseThrow());
        assertTrue(ProbeLine.parse("WARNING: something else", 1).isEmpty());
        assertTrue(ProbeLine.parse("briefing-desk-probe frame soon", 1).isEmpty());
    }

    @Test
    void mediansOfOddAndEvenCounts() {
        assertEquals(900, new Series(new long[] {1000, 800, 900}, new long[3]).median());
        assertEquals(850, new Series(new long[] {1000, 800, 900, 700}, new long[4]).median());
    }
}
