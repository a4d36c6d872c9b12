package org.briefingdesk.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench generate} and {@code bench search} end to end on a tiny corpus; no timing is asserted. */
class BenchCommandTest {
    @TempDir
    Path folder;

    private BenchRun run(String... args) {
        return runOn(folder.resolve("default.db"), args);
    }

    private BenchRun runOn(Path db, String... args) {
        return BenchRun.on(db, args);
    }

    @Test
    void searchPrintsPercentilesRatiosAndTheTargets() {
        BenchRun bench = run("bench", "search", "--scale", "0.01", "--queries", "40");

        assertEquals(0, bench.exitCode(), bench.err());
        String text = bench.out();
        assertTrue(text.contains("p50 ms") && text.contains("p95 ms") && text.contains("p99 ms"), text);
        for (String method : List.of("hledání aplikace", "čisté FTS5", "LIKE")) {
            // Figures of 100 ms and more are printed without decimals.
            assertTrue(text.lines().anyMatch(l -> l.strip().startsWith(method)
                            && l.matches(".*(\\d+(,\\d+)?\\s+){2}\\d+(,\\d+)?\\s*")),
                    method + " line with three figures:\n" + text);
        }
        assertTrue(text.contains("Poměr p95 hledání / čisté FTS5:"), text);
        assertTrue(text.contains("Poměr p95 LIKE / hledání:"), text);
        assertTrue(text.contains("LIKE / čisté FTS5 při p95"), text);
        assertTrue(text.contains("cíl pod 50,00 ms"), "the p95 target of a small record base:\n" + text);
        assertTrue(text.contains("index přidává"), text);
        assertTrue(text.contains("Dotazů: 40"), text);
        assertTrue(bench.err().contains("Výroky: 1000 / 1000"), bench.err());
    }

    @Test
    void searchAsJsonHasTheFiguresUnderStableKeys() throws IOException {
        BenchRun bench = run("bench", "search", "--scale", "0.01", "--queries", "20", "--json");

        assertEquals(0, bench.exitCode(), bench.err());
        JsonNode json = new ObjectMapper().readTree(bench.out());
        assertEquals(1000, json.get("records").get("statements").asInt());
        for (String method : List.of("service", "rawFts", "likeScan")) {
            assertTrue(json.get(method).has("p50") && json.get(method).has("p95") && json.get(method).has("p99"),
                    bench.out());
        }
        assertTrue(json.get("ratios").has("serviceToRawFtsP95"), bench.out());
        assertTrue(json.get("ratios").has("likeScanToServiceP95"), bench.out());
        assertEquals(json.get("likeScan").get("p95").asDouble() / json.get("rawFts").get("p95").asDouble(),
                json.get("ratios").get("likeScanToRawFtsP95").asDouble(), 1e-9, bench.out());
        assertEquals(json.get("likeScan").get("p50").asDouble() / json.get("service").get("p50").asDouble(),
                json.get("ratios").get("likeScanToServiceP50").asDouble(), 1e-9, bench.out());
        assertTrue(json.get("fileSize").get("withIndexBytes").asLong() > json.get("fileSize").get("withoutIndexBytes")
                .asLong(), bench.out());
        assertTrue(json.get("queriesWithHits").asInt() > 0, bench.out());
    }

    @Test
    void generateWritesTheCorpusOnceAndRefusesAFileWithRecords() {
        Path db = folder.resolve("big.db");
        BenchRun generate = run("bench", "generate", "--db", db.toString(), "--scale", "0.01");

        assertEquals(0, generate.exitCode(), generate.err());
        assertTrue(generate.out().lines().anyMatch(l -> l.matches("\\s*Osoby\\s+200")), generate.out());
        assertTrue(runOn(db, "search", "hranice").out().contains("Nalezeno"));
        long size = db.toFile().length();
        BenchRun search = run("bench", "search", "--db", db.toString(), "--queries", "20");
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().contains("(měřítko 0,01)"), "the file's scale, from its statements: " + search.out());
        assertTrue(search.out().contains("p95 hledání"), search.out());
        assertEquals(size, db.toFile().length(), "the file is only read");

        BenchRun again = run("bench", "generate", "--db", db.toString(), "--scale", "0.01");
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("už obsahuje záznamy"), again.err());
    }

    @Test
    void scalePrintsTheOpenAtBothScalesAndTheirRatio() {
        Path db = folder.resolve("large.db");
        assertEquals(0, run("bench", "generate", "--db", db.toString(), "--scale", "0.01").exitCode());

        BenchRun scale = run("bench", "scale", "--runs", "1", "--large-db", db.toString());

        assertEquals(0, scale.exitCode(), scale.err());
        assertTrue(scale.out().matches("(?s).*měřítko 0\\.1: \\d+ ms · large\\.db: \\d+ ms · poměr \\d+\\.\\d\\d"
                + " \\(cíl ≤ 1\\.3: (splněno|NESPLNĚNO)\\).*"), scale.out());
        BenchRun noRuns = run("bench", "scale", "--runs", "0", "--large-db", db.toString());
        assertEquals(1, noRuns.exitCode());
        assertEquals(1, noRuns.err().strip().lines().count(), noRuns.err());
    }

    @Test
    void briefingBenchPrintsEachFormatsTimes() {
        BenchRun bench = run("bench-briefing");

        assertEquals(0, bench.exitCode(), bench.err());
        for (String format : List.of("PDF", "DOCX", "HTML")) {
            assertTrue(bench.out().lines().anyMatch(l -> l.startsWith(format + ": první běh")), bench.out());
        }
    }

    @Test
    void theBenchmarksAreListedInTheHelpInTheLanguageAsked() {
        BenchRun help = run("--lang", "en", "--help");

        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("bench-briefing"), help.out());
        assertTrue(help.out().lines().anyMatch(l -> l.strip().startsWith("bench ") && l.contains("record base")),
                help.out());
    }

    @Test
    void aBadScaleIsAOneLineUserError() {
        BenchRun bench = run("bench", "search", "--scale", "0");

        assertEquals(1, bench.exitCode());
        assertEquals(1, bench.err().strip().lines().count(), bench.err());
    }
}
