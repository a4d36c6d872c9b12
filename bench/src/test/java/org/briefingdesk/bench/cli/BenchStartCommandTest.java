package org.briefingdesk.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.briefingdesk.bench.start.ProbeLine;
import org.briefingdesk.bench.start.Series;
import org.briefingdesk.bench.start.StartReport;
import org.briefingdesk.cli.JsonOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench start} in its smoke mode: each workload started once in a child JVM, on JavaFX's headless platform
 * (no display here), and its figures printed. No timing is asserted: only that every start reported what it was
 * asked, with the records it showed.
 */
class BenchStartCommandTest {
    /** The child JVMs run the window headless, as the GUI tests do. */
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");

    @TempDir
    Path folder;

    @Test
    void smokeRunStartsEachWorkloadOnceAndPrintsTheFigures() {
        List<String> args = new ArrayList<>(List.of("bench", "start", "--smoke", "--scale", "0.01"));
        HEADLESS.forEach(option -> args.add("--java-option=" + option));
        BenchRun bench = BenchRun.on(folder.resolve("default.db"), args.toArray(String[]::new));

        assertEquals(0, bench.exitCode(), bench.err());
        String text = bench.out();
        assertTrue(text.contains("startů každé úlohy, střídavě po kolech: 1"), text);
        // Thousands are grouped with a (no-break) space in Czech: "1 394".
        for (String row : List.of("\\(a\\) prázdné okno JavaFX", "\\(b\\) první snímek Briefing Desk",
                "\\(c\\) přehled s ukázkovými daty \\(29 záznamů\\)",
                "\\(d\\) přehled s velkým souborem \\(1.394 záznamů\\)",
                "\\(e\\) výroky velkého souboru \\(1.000 řádků\\)")) {
            assertTrue(text.lines().anyMatch(l -> l.strip().matches(row + "\\s+\\d+\\s+\\d+\\s+\\d+–\\d+")),
                    row + " with its median, from-process median and range:\n" + text);
        }
        assertTrue(text.matches("(?s).*Poměr \\(c\\)/\\(a\\): \\d+,\\d\\d× \\(cíl nejvýše 1,30×\\).*"), text);
        assertTrue(text.matches("(?s).*Poměr \\(d\\)/\\(a\\): \\d+,\\d\\d× \\(cíl nejvýše 1,50×\\).*"), text);
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertTrue(text.matches("(?s).*Paměť \\(RSS\\) s 1.000 výroky na obrazovce: \\d+ MB;"
                    + " po hledání „policie“ \\(\\d+ výsledků\\): \\d+ MB.*"), text);
        }
        assertTrue(text.contains("Spuštěno: ") && text.contains("org.briefingdesk.app.Main"), text);
        assertTrue(text.contains(" -Xmx"), "the children get the launcher's heap limit: " + text);
    }

    @Test
    void jsonHasTheMediansRatiosAndMemoryUnderStableKeys() throws Exception {
        ProbeLine statements = new ProbeLine("statements", 4000, 4200, 100_000, OptionalLong.of(400 * 1024));
        ProbeLine search = new ProbeLine("search", 5000, 5200, 10_885, OptionalLong.of(420 * 1024));
        StartReport report = new StartReport("launcher", 3, series(700, 800, 900), series(900, 1000, 1100),
                series(850, 1000, 950), series(900, 1000, 1100), series(1200, 1050, 1300), series(3000, 3100, 2900),
                29, 137_321, 100_000, new StartReport.Memory(statements, "policie", search));

        JsonNode json = new ObjectMapper().readTree(JsonOutput.write(StartReportJson.of(report, 1, false)));

        assertEquals(800, json.get("medians").get("emptyStage").get("fromJvmStart").asDouble());
        assertEquals(950, json.get("medians").get("sampleOverview").get("fromJvmStart").asDouble());
        assertEquals(950 / 800.0, json.get("ratios").get("sampleOverviewToEmptyStage").asDouble(), 1e-9);
        assertEquals(1200 / 800.0, json.get("ratios").get("largeOverviewToEmptyStage").asDouble(), 1e-9);
        assertEquals(3, json.get("runsMillis").get("largeOverview").size());
        assertEquals(3000, json.get("medians").get("largeStatements").get("fromJvmStart").asDouble());
        assertEquals(100_000, json.get("largeStatementsShown").asLong());
        assertEquals(137_321, json.get("largeRecords").asLong());
        assertEquals(100_000, json.get("memory").get("statementsShown").asLong());
        assertEquals(400.0, json.get("memory").get("statementsResidentMb").asDouble());
        assertEquals(10_885, json.get("memory").get("searchResults").asLong());
        assertTrue(json.get("targetsMet").get("sampleOverviewAtMost1_3xEmptyStage").asBoolean());
        assertTrue(json.get("targetsMet").get("largeOverviewAtMost1_5xEmptyStage").asBoolean());
        assertTrue(json.get("targetsMet").get("residentUnder450Mb").asBoolean());
    }

    private static Series series(long... millis) {
        return new Series(millis, millis.clone());
    }
}
