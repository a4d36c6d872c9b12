package org.briefingdesk.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench exchange on a small generated base: each step in its own process, all records, a peak memory. */
class BenchExchangeCommandTest {
    @TempDir
    Path folder;

    @Test
    void exportImportAndPreviewAreTimedInProcessesOfTheirOwn() throws Exception {
        Path db = folder.resolve("small.db");
        assertEquals(0, BenchRun.on(db, "bench", "generate", "--db", db.toString(), "--scale", "0.01").exitCode());

        BenchRun bench = BenchRun.on(db, "bench", "exchange", "--db", db.toString(), "--heap", "256m", "--json");

        assertEquals(0, bench.exitCode(), bench.err());
        JsonNode steps = new ObjectMapper().readTree(bench.out());
        assertEquals(3, steps.size());
        long records = steps.get(0).get("records").asLong();
        assertTrue(records > 1_000, bench.out());
        for (int i = 0; i < 3; i++) {
            assertEquals(records, steps.get(i).get("records").asLong(), bench.out());
            assertTrue(steps.get(i).get("peakRssKib").asLong() > 0, bench.out());
        }
        assertEquals(1, BenchRun.on(db, "bench", "exchange", "--db", folder.resolve("none.db").toString()).exitCode());
    }
}
