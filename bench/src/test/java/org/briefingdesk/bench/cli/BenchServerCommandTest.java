package org.briefingdesk.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import org.briefingdesk.testutil.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench server} end to end on a tiny corpus and a real server; no timing is asserted. */
class BenchServerCommandTest {
    @TempDir
    Path folder;

    @Test
    void writersAndReadersAtOnceLoseNothingAndBothStoresAreMeasured() throws Exception {
        BenchRun run = BenchRun.onServer(TestServer.newDatabase(), folder, "bench", "server", "--scale", "0.01",
                "--writers", "3", "--saves", "20", "--readers", "2", "--queries", "20", "--pause", "10", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(10, report.at("/load/pauseMillis").asInt());
        assertTrue(report.at("/load/seconds").asDouble() >= 0.2, "each writer paused 20 times 10 ms: " + run.out());
        assertEquals(60, report.at("/load/saves").asInt());
        assertEquals(60, report.at("/load/countGrowth").asInt());
        assertEquals(0, report.at("/load/missing").asInt());
        assertEquals(0, report.at("/load/failures").asInt());
        assertTrue(report.at("/load/nothingLost").asBoolean());
        assertTrue(report.at("/load/searches").asInt() > 0, run.out());
        assertEquals(report.at("/queriesWithHitsFile").asInt(), report.at("/queriesWithHitsServer").asInt(),
                "the same queries find something on both stores");
        assertTrue(report.at("/searchServer/p95").asDouble() > 0);
    }

    @Test
    void generateFillsATeamServerThroughItsRepositories() {
        var address = TestServer.newDatabase();
        assertEquals(0, BenchRun.onServer(address, folder, "server", "init").exitCode());
        BenchRun run = BenchRun.onServer(address, folder, "bench", "generate", "--scale", "0.01");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s*Osoby\\s+200")), run.out());
    }

    @Test
    void aNegativePauseIsRefusedBeforeAnythingIsWritten() {
        var address = TestServer.newDatabase();
        BenchRun run = BenchRun.onServer(address, folder, "--lang", "en", "bench", "server", "--scale", "0.01",
                "--pause", "-5");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("The pause must be 0 milliseconds or more, not -5."), run.err());
    }

    @Test
    void aDatabaseWithRecordsIsNotFilled() {
        var address = TestServer.newDatabase();
        assertEquals(0, BenchRun.onServer(address, folder, "server", "init").exitCode());
        assertEquals(0, BenchRun.onServer(address, folder, "sample").exitCode());
        BenchRun run = BenchRun.onServer(address, folder, "--lang", "en", "bench", "server", "--scale", "0.01");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("already holds records"), run.err());
    }

    @Test
    void aCorpusWrittenOnceIsSearchedAgainWithReuse() throws Exception {
        var address = TestServer.newDatabase();
        String[] args = {"bench", "server", "--scale", "0.01", "--writers", "1", "--saves", "1", "--readers", "0",
            "--queries", "20", "--json"};
        BenchRun first = BenchRun.onServer(address, folder, args);
        assertEquals(0, first.exitCode(), first.err());
        String[] again = Arrays.copyOf(args, args.length + 1);
        again[args.length] = "--reuse";
        BenchRun second = BenchRun.onServer(address, folder, again);
        assertEquals(0, second.exitCode(), second.err());
        ObjectMapper json = new ObjectMapper();
        JsonNode before = json.readTree(first.out());
        JsonNode after = json.readTree(second.out());
        assertEquals(before.at("/records").asLong() + 1, after.at("/records").asLong(),
                "the same corpus, with the first run's one save, is searched again");
        assertEquals(after.at("/queriesWithHitsFile").asInt(), after.at("/queriesWithHitsServer").asInt());
        assertTrue(after.at("/load/nothingLost").asBoolean());
    }
}
