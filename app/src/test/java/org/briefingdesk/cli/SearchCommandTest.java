package org.briefingdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** {@code briefing-desk search} over the sample data, in-process on a real SQLite file. */
@ResourceLock(Locks.ROOT_LOGGER)
class SearchCommandTest {
    @TempDir
    Path folder;

    private CliRun run(String... args) {
        return CliRun.on(folder.resolve("briefing-desk.db"), args);
    }

    @BeforeEach
    void loadSample() {
        assertEquals(0, run("sample").exitCode());
    }

    @Test
    void aWordWithoutDiacriticsFindsRakusanWithTheWordMarked() {
        CliRun search = run("search", "rakusan");

        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().contains("osoba · Vít Rakušan"), search.out());
        assertTrue(search.out().contains(SampleIds.RAKUSAN.toString()), search.out());
        assertTrue(search.out().contains("«Rakušan»"), search.out());
        assertTrue(search.out().lines().anyMatch(l -> l.startsWith("Nalezeno ") && l.contains("Osoby 1")),
                search.out());
    }

    @Test
    void theCzechFormOfAForeignNameFindsThePersonThroughTheAlias() {
        CliRun search = run("search", "Cooperovou", "--type", "osoba");

        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().contains("Yvette Cooper"), search.out());
        assertTrue(search.out().contains(SampleIds.COOPER.toString()), search.out());
    }

    @Test
    void typeNarrowsToTheKindsNamedInCzechOrEnglish() {
        CliRun people = run("search", "Londýn", "--type", "osoba");
        CliRun eventsAndReports = run("search", "Londýn", "--type", "event,zpráva");

        assertEquals(0, people.exitCode(), people.err());
        assertTrue(people.out().lines().filter(l -> !l.startsWith(" ") && l.contains(" · "))
                .allMatch(l -> l.startsWith("osoba")), people.out());
        assertTrue(eventsAndReports.out().contains("akce · Border Security Summit"), eventsAndReports.out());
        assertFalse(eventsAndReports.out().lines().anyMatch(l -> l.startsWith("osoba")), eventsAndReports.out());
    }

    @Test
    void theTotalAndTheCountsFollowTheKindFilter() throws IOException {
        JsonNode all = new ObjectMapper().readTree(run("search", "Londýn", "--json").out()).get("countsByKind");
        long peopleAndEvents = all.get("people").asLong() + all.get("events").asLong();
        assertTrue(all.get("reports").asLong() > 0, all.toString());

        JsonNode narrowed = new ObjectMapper().readTree(run("search", "Londýn", "--type", "osoba,event", "--json")
                .out());
        assertEquals(peopleAndEvents, narrowed.get("total").asLong(), narrowed.toString());
        assertEquals(peopleAndEvents, narrowed.get("hits").size(), "all of them shown, fewer than the limit");
        assertEquals(0, narrowed.get("countsByKind").get("reports").asLong());
        assertTrue(narrowed.get("totalExact").asBoolean(), "a file counts every match");
        narrowed.get("exactByKind").forEach(exact -> assertTrue(exact.asBoolean(), narrowed.toString()));

        CliRun typed = run("search", "typ:akce Londýn");
        String totalLine = typed.out().lines().filter(l -> l.startsWith("Nalezeno ")).findFirst().orElseThrow();
        assertTrue(totalLine.startsWith("Nalezeno " + all.get("events").asLong() + ", zobrazeno "
                + all.get("events").asLong() + " — Akce "), totalLine);
        assertFalse(totalLine.contains("Zprávy"), totalLine);
    }

    @Test
    void aCommitmentHitShowsItsWords() {
        CliRun search = run("search", "typ:závazek legislativa");
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().lines().anyMatch(l -> l.startsWith("závazek · Schválit novelu")), search.out());
    }

    @Test
    void usageErrorsAreInTheUsersLanguageAndADashedWordHintsAtTwoDashes() {
        CliRun dashed = run("search", "-rakusan");
        assertEquals(ExitCode.USER_ERROR, dashed.exitCode());
        assertTrue(dashed.oneErrorLine().contains("Chybí povinný údaj DOTAZ."), dashed.err());
        assertTrue(dashed.err().contains("briefing-desk search -- -rakusan"), dashed.err());
        CliRun twoDashes = run("search", "--", "-rakusan");
        assertEquals(0, twoDashes.exitCode(), twoDashes.err());

        CliRun noId = run("show");
        assertTrue(noId.oneErrorLine().contains("Chybí povinný údaj ID."), noId.err());
        CliRun extra = run("show", SampleIds.RAKUSAN.toString(), "navíc");
        assertTrue(extra.oneErrorLine().contains("Argument „navíc“ je navíc."), extra.err());
        CliRun typo = run("stats", "--jsn");
        assertTrue(typo.oneErrorLine().contains("Volbu „--jsn“ příkaz nezná; možná jste mysleli --json."),
                typo.err());
        CliRun notANumber = run("search", "rakusan", "--limit", "deset");
        assertTrue(notANumber.oneErrorLine().contains("Hodnota „deset“ u --limit není platná."), notANumber.err());
        CliRun english = run("--lang", "en", "show");
        assertTrue(english.oneErrorLine().contains("ID is required."), english.err());
        for (CliRun run : List.of(dashed, noId, extra, typo, notANumber)) {
            for (String picocli : List.of("Missing required", "Unmatched", "Unknown option", "Invalid value")) {
                assertFalse(run.err().contains(picocli), run.err());
            }
        }
    }

    @Test
    void anUnknownTypeIsAOneLineUserError() {
        CliRun search = run("search", "hranice", "--type", "kočka");

        assertEquals(1, search.exitCode());
        assertEquals(1, search.err().strip().lines().count(), search.err());
        assertTrue(search.err().contains("kočka"), search.err());
    }

    @Test
    void jsonHasStableKeysAndTheHit() throws IOException {
        CliRun search = run("search", "rakusan", "--json");

        assertEquals(0, search.exitCode(), search.err());
        JsonNode json = new ObjectMapper().readTree(search.out());
        assertEquals("rakusan", json.get("query").asText());
        assertTrue(json.get("total").asInt() >= 1);
        assertEquals(1, json.get("countsByKind").get("people").asInt());
        assertEquals(0, json.get("countsByKind").get("topics").asInt());
        JsonNode person = null;
        for (JsonNode hit : json.get("hits")) {
            if (hit.get("id").asText().equals(SampleIds.RAKUSAN.toString())) {
                person = hit;
            }
        }
        assertTrue(person != null, search.out());
        assertEquals("person", person.get("kind").asText());
        assertEquals("Vít Rakušan", person.get("title").asText());
        assertTrue(json.get("hits").findValues("highlights").stream().anyMatch(h -> h.toString().contains("Rakušan")),
                search.out());
        assertTrue(json.get("hints").isArray());
    }

    @Test
    void aHostileQueryIsSearchedQuietlyWithHints() throws IOException {
        CliRun search = run("search", "\"hranic NEAR( title:* OR ; DROP TABLE person; --", "--json");

        assertEquals(0, search.exitCode(), search.err());
        JsonNode json = new ObjectMapper().readTree(search.out());
        assertTrue(json.get("hints").size() >= 1, search.out());
        assertEquals(0, run("search", "--", "-rakusan", "Londýn").exitCode());
        assertEquals(3, TestStores.opener().open(folder.resolve("briefing-desk.db"), OpenMode.WRITE).people().count());
    }
}
