package org.briefingdesk.logic.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.rules.RecordValidator;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.CommitmentStatus;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.EventKind;
import org.briefingdesk.model.Participation;
import org.briefingdesk.model.ParticipationRole;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatementKind;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;
import org.briefingdesk.testutil.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataLoaderTest {
    private static final LocalDate SUMMIT_DAY = LocalDate.of(2025, 3, 31);

    private final SampleDataLoader loader = new SampleDataLoader();
    private RecordStore store;

    @BeforeEach
    void openStore(@TempDir Path folder) {
        store = TestStores.create(folder);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void summitIsInLondonOnTheDayWithFortyCountries() {
        assertFalse(loader.isLoaded(store));
        loader.load(store);
        assertTrue(loader.isLoaded(store));

        Event summit = store.events().findById(SampleIds.SUMMIT).orElseThrow();
        assertEquals(EventKind.SUMMIT, summit.kind());
        assertEquals("Border Security Summit", summit.title());
        assertEquals(SUMMIT_DAY, summit.startDate());
        assertEquals(SUMMIT_DAY, summit.endDate());
        assertEquals("Londýn", summit.city());
        assertEquals("GB", summit.countryCode());
        assertEquals(40, summit.participatingCountries());
        assertEquals(SampleIds.HOME_OFFICE, summit.organiserId());
        assertTrue(summit.notes().contains("Doplněno"), "the organiser is added knowledge and says so");
        assertTrue(summit.participants().stream().anyMatch(p -> p.personId().equals(SampleIds.RAKUSAN)
                && p.role() == ParticipationRole.HEAD_OF_DELEGATION && "CZ".equals(p.onBehalfOfCountryCode())));
    }

    @Test
    void bothBilateralsAreSideMeetingsOfTheSummitWithBothHeadsOfDelegation() {
        loader.load(store);

        List<Event> children = store.events().findChildren(SampleIds.SUMMIT);
        assertEquals(2, children.size());
        assertSideMeeting(children, SampleIds.OCALLAGHAN, "IE");
        assertSideMeeting(children, SampleIds.COOPER, "GB");
        for (Event meeting : children) {
            assertEquals(EventKind.BILATERAL_MEETING, meeting.kind());
            assertEquals(SUMMIT_DAY, meeting.startDate());
            assertTrue(meeting.summary().contains("převaděčství") && meeting.summary().contains("kybernetickým"));
            assertTrue(meeting.topicIds().contains(SampleTopics.PEOPLE_SMUGGLING));
            assertTrue(meeting.topicIds().contains(SampleTopics.CYBER_THREATS));
        }
    }

    private static void assertSideMeeting(List<Event> meetings, UUID counterpart, String country) {
        Event meeting = meetings.stream()
                .filter(e -> e.participants().stream().anyMatch(p -> p.personId().equals(counterpart)))
                .findFirst().orElseThrow();
        Participation theirs = meeting.participants().stream()
                .filter(p -> p.personId().equals(counterpart)).findFirst().orElseThrow();
        assertEquals(ParticipationRole.HEAD_OF_DELEGATION, theirs.role());
        assertEquals(country, theirs.onBehalfOfCountryCode());
        assertTrue(meeting.participants().stream().anyMatch(p -> p.personId().equals(SampleIds.RAKUSAN)
                && p.role() == ParticipationRole.HEAD_OF_DELEGATION));
    }

    @Test
    void czechFormsOfTheNamesAreAliases() {
        loader.load(store);

        Person cooper = store.people().findById(SampleIds.COOPER).orElseThrow();
        assertEquals("Yvette Cooper", cooper.fullName());
        assertTrue(cooper.aliases().containsAll(List.of("Ivette Cooperová", "Cooperová")));
        Person ocallaghan = store.people().findById(SampleIds.OCALLAGHAN).orElseThrow();
        assertTrue(ocallaghan.aliases().containsAll(List.of("Jim O´Callaghan", "Jimem O´Callaghanem")));
        Person rakusan = store.people().findById(SampleIds.RAKUSAN).orElseThrow();
        assertEquals("ministr vnitra", rakusan.roleOn(SUMMIT_DAY).orElseThrow().title());
        assertEquals(SampleIds.MINISTRY_OF_INTERIOR_CZ, rakusan.roleOn(SUMMIT_DAY).orElseThrow().organisationId());
    }

    @Test
    void statementIsTheMinistersVerbatimQuoteWithItsOpenCommitment() {
        loader.load(store);

        Statement statement = store.statements().findById(SampleIds.RAKUSAN_STATEMENT).orElseThrow();
        assertEquals(StatementKind.VERBATIM_QUOTE, statement.kind());
        assertEquals("cs", statement.language());
        assertEquals(SampleIds.RAKUSAN, statement.speakerId());
        assertEquals(SampleIds.SUMMIT, statement.eventId());
        assertEquals(SUMMIT_DAY, statement.date());
        assertTrue(statement.text().contains(
                "Novelu migrační legislativy chceme vzhledem k mezinárodní situaci schválit co nejdříve"));
        assertEquals(quotedTextOfTheRelease(), statement.text());

        List<Commitment> commitments = store.commitments().findByStatement(statement.id());
        assertEquals(1, commitments.size());
        Commitment commitment = commitments.get(0);
        assertEquals(CommitmentStatus.OPEN, commitment.status());
        assertEquals(1, commitment.history().size());
        assertEquals(SUMMIT_DAY, commitment.history().get(0).date());
        assertEquals(CommitmentStatus.OPEN, commitment.history().get(0).status());
    }

    /** What stands between „ and “ in the release as published, with its line breaks undone. */
    private static String quotedTextOfTheRelease() {
        String release = PressRelease.rawText();
        String quoted = release.substring(release.indexOf('„') + 1, release.indexOf('“'));
        return quoted.replaceAll("\\s+", " ").strip();
    }

    @Test
    void reportCarriesTheReleaseAndItsConclusions() {
        loader.load(store);

        var report = store.reports().findById(SampleIds.SUMMIT_REPORT).orElseThrow();
        assertEquals(SampleIds.SUMMIT, report.eventId());
        String body = report.body().replaceAll("\\s+", " ");
        for (String fact : List.of("40 zemí včetně Česka", "Jimem O´Callaghanem", "Ivette Cooperovou",
                "Další jednání", "převádějí přes hranice za účelem zisku")) {
            assertTrue(body.contains(fact), fact);
        }
        for (String outcome : List.of("ochrany vnějších hranic", "migračních tocích", "biometrické systémy",
                "umělá inteligence", "největším migračním tlakům", "Evropské unie", "třetími zeměmi")) {
            assertTrue(report.outcomes().contains(outcome), outcome);
        }
    }

    @Test
    void topicsFormAHierarchyWithEnglishNames() {
        loader.load(store);

        Topic smuggling = store.topics().findById(SampleTopics.PEOPLE_SMUGGLING).orElseThrow();
        Topic migration = store.topics().findById(smuggling.parentId()).orElseThrow();
        assertEquals("migrace", migration.name());
        assertEquals("people smuggling", smuggling.nameEn());
        assertTrue(store.topics().findAll().stream().noneMatch(t -> t.nameEn().isEmpty()));
    }

    @Test
    void loadingTwiceReplacesInsteadOfDuplicating() {
        SampleLoadSummary first = loader.load(store);
        Map<RecordKind, Long> afterFirst = store.counts();
        SampleLoadSummary second = loader.load(store);

        assertEquals(afterFirst, store.counts());
        assertEquals(first, second);
        assertEquals(3, first.count(RecordKind.EVENT));
        assertEquals(3, first.count(RecordKind.PERSON));
        assertEquals((long) first.total(), store.counts().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void everySampleRecordKeepsTheRules() {
        loader.load(store);
        RecordValidator validator = new RecordValidator(store);
        for (StoredRecord record : SampleDataLoader.records()) {
            assertEquals(List.of(), validator.violations(record), () -> RecordLabels.label(record));
        }
    }

    @Test
    void everyRecordNamesThePressReleaseAsSource() {
        assertTrue(SampleDataLoader.records().stream()
                .allMatch(r -> r.sources().contains(PressRelease.SOURCE)));
    }
}
