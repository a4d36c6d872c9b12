package org.briefingdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.StoreOpener;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The command line run in-process, on real SQLite files in a temporary folder. */
@ResourceLock(Locks.ROOT_LOGGER)
class BriefingDeskCommandTest {
    @TempDir
    Path folder;

    private Path db() {
        return folder.resolve("data").resolve("briefing-desk.db");
    }

    private CliRun run(String... args) {
        return run(TestStores.opener(), args);
    }

    private CliRun run(StoreOpener opener, String... args) {
        return CliRun.on(db(), opener,
                option -> option == null ? folder.resolve("default.db") : Path.of(option).toAbsolutePath(), args);
    }

    @Test
    void initCreatesTheFileAndPrintsItsPath() {
        CliRun first = run("init");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(Files.isRegularFile(db()));
        assertTrue(first.out().contains(db().toString()));
        assertTrue(first.out().contains("vytvořena"));

        CliRun again = run("init");
        assertEquals(0, again.exitCode());
        assertTrue(again.out().contains("připravena"));
    }

    @Test
    void sampleThenStatsCountsTheRecordsAsTextAndJson() throws IOException {
        CliRun sample = run("sample");
        assertEquals(0, sample.exitCode(), sample.err());
        assertTrue(sample.out().contains("29 záznamů"), sample.out());

        CliRun stats = run("stats");
        assertEquals(0, stats.exitCode(), stats.err());
        assertTrue(stats.out().lines().anyMatch(l -> l.matches("\\s*Akce\\s+3")), stats.out());
        assertTrue(stats.out().lines().anyMatch(l -> l.matches("\\s*Osoby\\s+3")), stats.out());
        assertTrue(stats.out().contains("Celkem: 29"), stats.out());

        JsonNode json = new ObjectMapper().readTree(run("stats", "--json").out());
        assertEquals(3, json.get("events").asInt());
        assertEquals(3, json.get("people").asInt());
        assertEquals(1, json.get("statements").asInt());
        assertEquals(1, json.get("commitments").asInt());
        assertEquals(29, json.get("total").asInt());
        assertEquals(db().toString(), json.get("database").asText());
    }

    @Test
    void loadingTheSampleTwiceDuplicatesNothing() {
        run("sample");
        String before = run("stats", "--json").out();

        CliRun again = run("sample");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("nic se nezdvojilo"), again.out());
        assertEquals(before, run("stats", "--json").out());
    }

    @Test
    void showOfTheSummitListsItsSideMeetingsAndParticipants() {
        run("sample");
        CliRun show = run("show", SampleIds.SUMMIT.toString());

        assertEquals(0, show.exitCode(), show.err());
        String text = show.out();
        assertTrue(text.startsWith("Border Security Summit"), text);
        assertTrue(text.contains("Datum: 31. 3. 2025"), text);
        assertTrue(text.contains("Počet zúčastněných zemí: 40"), text);
        assertTrue(text.contains("Vedlejší jednání:"), text);
        assertTrue(text.contains(SampleIds.MEETING_IRELAND.toString()), text);
        assertTrue(text.contains(SampleIds.MEETING_UNITED_KINGDOM.toString()), text);
        assertTrue(text.contains("Účastníci:"), text);
        assertTrue(text.contains("Vít Rakušan — vedoucí delegace"), text);
        assertTrue(text.contains("Historie změn:"), text);
    }

    @Test
    void showOfYvetteCooperListsHerCzechAlias() {
        run("sample");
        CliRun show = run("show", SampleIds.COOPER.toString());

        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().contains("Ivette Cooperová"), show.out());
        assertTrue(show.out().contains("ministryně vnitra"), show.out());
    }

    @Test
    void showAsJsonInEnglish() throws IOException {
        run("sample");
        CliRun show = run("--lang", "en", "show", "--json", SampleIds.SUMMIT.toString());

        assertEquals(0, show.exitCode(), show.err());
        JsonNode json = new ObjectMapper().readTree(show.out());
        assertEquals("EVENT", json.get("kind").asText());
        assertEquals("Border Security Summit", json.get("title").asText());
        JsonNode sideMeetings = findGroup(json, "Side meetings");
        assertEquals(2, sideMeetings.get("links").size());
        assertTrue(json.get("history").size() > 0);
    }

    private static JsonNode findGroup(JsonNode detail, String label) {
        for (JsonNode group : detail.get("linkGroups")) {
            if (group.get("label").asText().equals(label)) {
                return group;
            }
        }
        throw new AssertionError("no group " + label + " in " + detail);
    }

    @Test
    void statsAndShowOnAMissingFileSayWhichFileInOneLineAndCreateNothing() {
        CliRun stats = run("stats");
        assertEquals(1, stats.exitCode());
        assertTrue(stats.oneErrorLine().contains(db().toString()));

        CliRun show = run("show", SampleIds.SUMMIT.toString());
        assertEquals(1, show.exitCode());
        assertTrue(show.oneErrorLine().contains(db().toString()));
        assertFalse(Files.exists(db()));
        assertFalse(Files.exists(db().getParent()), "reading commands create no folders either");
    }

    @Test
    void aFileThatIsNoDatabaseIsAUserErrorInOneLine() throws IOException {
        Files.createDirectories(db().getParent());
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        Files.write(db(), garbage);

        for (String command : List.of("stats", "sample", "init")) {
            CliRun run = run(command);
            assertEquals(1, run.exitCode(), command + ": " + run.err());
            assertTrue(run.oneErrorLine().contains(db().toString()), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void unknownOrMalformedIdIsAUserErrorInOneLine() {
        run("init");

        CliRun unknown = run("show", "123e4567-e89b-12d3-a456-426614174000");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.oneErrorLine().contains("123e4567-e89b-12d3-a456-426614174000"));

        CliRun malformed = run("show", "not-an-id");
        assertEquals(1, malformed.exitCode());
        assertTrue(malformed.oneErrorLine().contains("not-an-id"));
    }

    @Test
    void wrongUsageIsAUserErrorInOneLine() {
        CliRun typo = run("stat");
        assertEquals(1, typo.exitCode());
        assertTrue(typo.oneErrorLine().contains("briefing-desk --help"));

        CliRun nothing = run();
        assertEquals(1, nothing.exitCode());
        assertTrue(nothing.err().contains("stats"), "says which commands there are");
    }

    @Test
    void theUsagePlaceholdersAreWordsOfTheChosenLanguage() {
        List<String> commands = List.of("search", "show", "briefing", "export", "import", "restore", "draft",
                "server grant");
        Pattern english = Pattern.compile(
                "\\b(QUERY|KIND|N|FILE|DATE|LEVEL|C|NAME|USER|CODE|TITLE|HOST|DB)\\b");
        for (String command : commands) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            CliRun czech = run(args.toArray(String[]::new));
            assertEquals(0, czech.exitCode(), czech.err());
            assertFalse(english.matcher(czech.out()).find(), command + ":\n" + czech.out());
        }
        CliRun search = run("search", "--help");
        assertTrue(search.out().contains("DOTAZ...") && search.out().contains("--type=DRUH")
                && search.out().contains("--limit=POČET"), search.out());
        assertTrue(run("--help").out().contains("--db=SOUBOR"));
        CliRun briefing = run("briefing", "--help");
        assertTrue(briefing.out().contains("--person=JMÉNO|ID") && briefing.out().contains("--event=ID|NÁZEV")
                && briefing.out().contains("--from=DATUM"), briefing.out());

        CliRun inEnglish = run("--lang", "en", "search", "--help");
        assertTrue(inEnglish.out().contains("QUERY...") && inEnglish.out().contains("--type=KIND"), inEnglish.out());
        assertTrue(run("--lang", "en", "--help").out().contains("--db=FILE"));
    }

    @Test
    void helpAndVersionSucceed() {
        CliRun help = run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Příkazy:") && help.out().contains("sample"), help.out());

        CliRun english = run("--lang", "en", "stats", "--help");
        assertEquals(0, english.exitCode());
        assertTrue(english.out().contains("Output as JSON"), english.out());

        CliRun version = run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("Briefing Desk "));
    }

    @Test
    void englishOutputUsesEnglishWords() {
        run("sample");
        CliRun stats = run("--lang", "en", "stats");
        assertTrue(stats.out().lines().anyMatch(l -> l.matches("\\s*Events\\s+3")), stats.out());
    }

    @Test
    void internalErrorNamesTheLogFileWhichHoldsTheStackTrace() throws IOException {
        Files.createDirectories(db().getParent());
        StoreOpener broken = (location, mode) -> {
            throw new IllegalStateException("simulated failure");
        };

        CliRun run = run(broken, "init");

        assertEquals(2, run.exitCode());
        Path log = db().resolveSibling("logs").resolve("briefing-desk.log");
        assertTrue(run.oneErrorLine().contains(log.toString()), run.err());
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(logged.contains("IllegalStateException: simulated failure"), logged);
        assertTrue(logged.contains("\tat "), "with the stack trace");
    }

    @Test
    void theLogBesideTheDatabaseNamesCommandsButNoRecordText() throws IOException {
        run("sample");
        run("show", SampleIds.RAKUSAN.toString());

        String logged = Files.readString(db().resolveSibling("logs").resolve("briefing-desk.log"),
                StandardCharsets.UTF_8);
        assertTrue(logged.contains("sample loaded"), logged);
        assertFalse(logged.contains("Rakušan"), logged);
        assertFalse(logged.contains("migrační"), logged);
    }
}
