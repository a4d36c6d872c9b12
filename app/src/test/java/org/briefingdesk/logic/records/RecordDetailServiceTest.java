package org.briefingdesk.logic.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.BatchWriter;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Statement;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.testutil.TypicalRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordDetailServiceTest {
    private RecordStore store;
    private RecordDetailService czech;

    @BeforeEach
    void loadSample(@TempDir Path folder) {
        store = TestStores.createSample(folder);
        czech = new RecordDetailService(store, Localization.forLanguage("cs"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void summitShowsItsDatePlaceSideMeetingsParticipantsAndEverythingElseLinked() {
        RecordDetail summit = czech.describe(SampleIds.SUMMIT).orElseThrow();

        assertEquals(RecordKind.EVENT, summit.kind());
        assertEquals("Border Security Summit", summit.title());
        assertEquals("summit", summit.field("Druh").orElseThrow());
        assertEquals("31. 3. 2025", summit.field("Datum").orElseThrow());
        assertEquals("Londýn, Spojené království", summit.field("Místo").orElseThrow());
        assertEquals("40", summit.field("Počet zúčastněných zemí").orElseThrow());
        assertEquals(List.of(SampleIds.MEETING_UNITED_KINGDOM, SampleIds.MEETING_IRELAND).size(),
                summit.group("Vedlejší jednání").orElseThrow().links().size());
        assertEquals(List.of("Vít Rakušan: vedoucí delegace · MV ČR · Česko"),
                labelsWithNotes(summit.group("Účastníci").orElseThrow()));
        assertEquals(List.of(SampleIds.HOME_OFFICE), ids(summit.group("Pořadatel").orElseThrow()));
        assertEquals(List.of(SampleIds.RAKUSAN_STATEMENT), ids(summit.group("Výroky").orElseThrow()));
        assertEquals(List.of(SampleIds.SUMMIT_REPORT), ids(summit.group("Zprávy").orElseThrow()));
        assertTrue(labels(summit.group("Témata").orElseThrow()).contains("převaděčství"));
        assertEquals("veřejné", summit.field("Citlivost").orElseThrow());
        assertTrue(summit.field("Zdroje").orElseThrow().startsWith("Tisková zpráva MV ČR"));
        assertFalse(summit.history().isEmpty(), "saving the sample wrote the change history");
    }

    @Test
    void sideMeetingLinksBackToTheSummitAndNamesBothDelegations() {
        RecordDetail meeting = czech.describe(SampleIds.MEETING_IRELAND).orElseThrow();

        assertEquals("bilaterální jednání", meeting.field("Druh").orElseThrow());
        assertEquals(List.of(SampleIds.SUMMIT), ids(meeting.group("Nadřazená akce").orElseThrow()));
        assertTrue(labelsWithNotes(meeting.group("Účastníci").orElseThrow())
                .contains("Jim O'Callaghan: vedoucí delegace · Department of Justice, Home Affairs and Migration"
                        + " · Irsko"));
    }

    @Test
    void personShowsAliasesRolesEventsStatementsAndCommitments() {
        RecordDetail cooper = czech.describe(SampleIds.COOPER).orElseThrow();
        assertTrue(cooper.field("Jiné podoby jména").orElseThrow().contains("Ivette Cooperová"));
        assertEquals("Spojené království", cooper.field("Země").orElseThrow());
        assertEquals(List.of("Home Office: ministryně vnitra · od 5. 7. 2024"),
                labelsWithNotes(cooper.group("Funkce").orElseThrow()));
        assertEquals(List.of(SampleIds.MEETING_UNITED_KINGDOM), ids(cooper.group("Akce").orElseThrow()));

        RecordDetail rakusan = czech.describe(SampleIds.RAKUSAN).orElseThrow();
        assertEquals(3, rakusan.group("Akce").orElseThrow().links().size());
        assertEquals(SampleIds.SUMMIT, rakusan.group("Akce").orElseThrow().links().get(0).id(),
                "the summit is listed with its side meetings, all on the same day");
        RecordLink commitment = rakusan.group("Závazky").orElseThrow().links().get(0);
        assertEquals(SampleIds.MIGRATION_LAW_COMMITMENT, commitment.id());
        assertEquals("otevřený", commitment.note());
    }

    @Test
    void statementAndCommitmentLinkToEachOtherAndToTheSpeaker() {
        RecordDetail statement = czech.describe(SampleIds.RAKUSAN_STATEMENT).orElseThrow();
        assertEquals("doslovná citace", statement.field("Druh").orElseThrow());
        assertEquals("čeština", statement.field("Jazyk").orElseThrow());
        assertTrue(statement.field("Text").orElseThrow().startsWith("Evropa dnes čelí"));
        assertEquals(List.of(SampleIds.RAKUSAN), ids(statement.group("Mluvčí").orElseThrow()));
        assertEquals(List.of(SampleIds.SUMMIT), ids(statement.group("Akce").orElseThrow()));
        assertEquals(List.of(SampleIds.MIGRATION_LAW_COMMITMENT), ids(statement.group("Závazky").orElseThrow()));

        RecordDetail commitment = czech.describe(SampleIds.MIGRATION_LAW_COMMITMENT).orElseThrow();
        assertEquals("otevřený", commitment.field("Stav").orElseThrow());
        assertTrue(commitment.field("Vývoj stavu").orElseThrow().startsWith("31. 3. 2025 · otevřený"));
        assertEquals(List.of(SampleIds.RAKUSAN_STATEMENT), ids(commitment.group("Výrok").orElseThrow()));
        assertEquals(List.of(SampleIds.RAKUSAN), ids(commitment.group("Mluvčí").orElseThrow()));
    }

    @Test
    void organisationReportAndTopicShowWhatIsLinkedToThem() {
        RecordDetail homeOffice = czech.describe(SampleIds.HOME_OFFICE).orElseThrow();
        assertEquals("ministerstvo", homeOffice.field("Druh").orElseThrow());
        assertEquals(List.of(SampleIds.COOPER), ids(homeOffice.group("Osoby").orElseThrow()));
        assertEquals(List.of(SampleIds.SUMMIT), ids(homeOffice.group("Pořádané akce").orElseThrow()));

        RecordDetail report = czech.describe(SampleIds.SUMMIT_REPORT).orElseThrow();
        assertEquals(List.of(SampleIds.SUMMIT), ids(report.group("Akce").orElseThrow()));
        assertTrue(report.field("Výsledky a závěry").orElseThrow().contains("biometrické systémy"));
        assertTrue(report.field("Další postup").orElseThrow().startsWith("• "));

        UUID migration = SampleIds.of("topic:migration");
        RecordDetail topic = czech.describe(migration).orElseThrow();
        assertEquals("migration", topic.field("Anglický název").orElseThrow());
        assertTrue(labels(topic.group("Podtémata").orElseThrow()).containsAll(List.of("převaděčství", "návraty")));
        assertTrue(ids(topic.group("Akce").orElseThrow()).contains(SampleIds.SUMMIT));
        assertTrue(ids(topic.group("Zprávy").orElseThrow()).contains(SampleIds.SUMMIT_REPORT));

        RecordDetail smuggling = czech.describe(SampleIds.of("topic:people-smuggling")).orElseThrow();
        assertEquals(List.of(migration), ids(smuggling.group("Nadřazené téma").orElseThrow()));
        assertEquals(3, smuggling.group("Akce").orElseThrow().links().size());
    }

    @Test
    void eventsAndStatementsAreListedNewestFirstAndUndatedLast() {
        var summit = store.events().findById(SampleIds.SUMMIT).orElseThrow();
        var later = store.events().save(TypicalRecords.sideMeeting(summit, SampleIds.RAKUSAN));
        later = store.events().save(RecordBuilder.from(later).with(Event::title, "Jednání v Praze")
                .with(Event::parentId, null)
                .with(Event::startDate, LocalDate.of(2025, 6, 2)).with(Event::endDate, null).with(Event::city, "Praha")
                .with(Event::countryCode, "CZ").sources().build());
        var undated = store.statements().save(RecordBuilder.aStatement().with(Statement::speakerId, SampleIds.RAKUSAN)
                .with(Statement::date, null)
                .with(Statement::text, "Bez data.").build());
        var newer = store.statements().save(TypicalRecords.statement(SampleIds.RAKUSAN, null, "Později."));
        newer = store.statements().save(RecordBuilder.from(newer).with(Statement::date, LocalDate.of(2025, 6, 2))
                .build());

        RecordDetail rakusan = czech.describe(SampleIds.RAKUSAN).orElseThrow();
        assertEquals(later.id(), ids(rakusan.group("Akce").orElseThrow()).get(0));
        List<UUID> statements = ids(rakusan.group("Výroky").orElseThrow());
        assertEquals(newer.id(), statements.get(0));
        assertEquals(SampleIds.RAKUSAN_STATEMENT, statements.get(1));
        assertEquals(undated.id(), statements.get(statements.size() - 1));
    }

    @Test
    void aTopicOfThousandsOfStatementsReadsTheNewestAndCountsTheRest() {
        UUID migration = SampleIds.of("topic:migration");
        List<Statement> many = new ArrayList<>();
        for (int i = 0; i < RecordDetailService.LATEST_READ + 100; i++) {
            many.add(RecordBuilder.aStatement().with(Statement::speakerId, SampleIds.RAKUSAN)
                    .with(Statement::date, LocalDate.of(2020, 1, 1).plusDays(i))
                    .with(Statement::text, "Výrok číslo " + i + ".").withAll(Statement::topicIds, migration).build());
        }
        many.add(RecordBuilder.aStatement().with(Statement::speakerId, SampleIds.RAKUSAN).with(Statement::date, null)
                .with(Statement::text, "Bez data.").withAll(Statement::topicIds, migration).build());
        store.batches().write(many, BatchWriter.AuditMode.STAMP);
        long all = store.statements().findByTopic(migration).size();

        LinkGroup statements = czech.describe(migration).orElseThrow().group("Výroky").orElseThrow();
        assertEquals(RecordDetailService.LATEST_READ, statements.links().size(), "only the newest are read");
        assertEquals(all, statements.total(), "the rest counted");
        assertEquals(many.get(many.size() - 2).id(), statements.links().get(0).id(), "newest first");
        assertFalse(ids(statements).contains(many.get(many.size() - 1).id()), "undated ones last, here not read");

        assertTrue(statements.pages(), "the rest can be read");
        List<UUID> whole = new ArrayList<>(ids(statements));
        for (int offset = whole.size(); offset < all; offset += 70) {
            whole.addAll(statements.rest().read(offset, 70).stream().map(RecordLink::id).toList());
        }
        assertEquals(all, whole.size(), "windows read one after another give every statement");
        assertEquals(all, new HashSet<>(whole).size(), "none twice");
        assertEquals(many.get(many.size() - 1).id(), whole.get(whole.size() - 1), "the undated one last");
        Map<UUID, LocalDate> dates = store.statements().findByTopic(migration).stream()
                .filter(s -> s.date() != null).collect(Collectors.toMap(Statement::id, Statement::date));
        List<LocalDate> inOrder = whole.stream().filter(dates::containsKey).map(dates::get).toList();
        assertEquals(inOrder.stream().sorted(Comparator.reverseOrder()).toList(), inOrder, "newest first throughout");
    }

    @Test
    void englishUsesEnglishLabelsDatesAndCountryNames() {
        RecordDetail summit = new RecordDetailService(store, Localization.forLanguage("en"))
                .describe(SampleIds.SUMMIT).orElseThrow();

        assertEquals("31 Mar 2025", summit.field("Date").orElseThrow());
        assertEquals("Londýn, United Kingdom", summit.field("Place").orElseThrow());
        assertTrue(labelsWithNotes(summit.group("Participants").orElseThrow()).get(0)
                .contains("head of delegation"));
        assertEquals(2, summit.group("Side meetings").orElseThrow().links().size());
        assertTrue(labelsWithNotes(summit.group("Topics").orElseThrow()).stream()
                        .anyMatch(l -> l.contains("migration")),
                "topics by their English names, as the topics table shows them");

        RecordDetail migration = new RecordDetailService(store, Localization.forLanguage("en"))
                .describe(SampleIds.of("topic:migration")).orElseThrow();
        assertEquals("migration", migration.title(), "the heading in English, as the table row");
        assertEquals("migrace", czech.describe(SampleIds.of("topic:migration")).orElseThrow().title());
    }

    @Test
    void unknownIdDescribesNothing() {
        assertTrue(czech.describe(UUID.randomUUID()).isEmpty());
    }

    private static List<UUID> ids(LinkGroup group) {
        return group.links().stream().map(RecordLink::id).toList();
    }

    private static List<String> labels(LinkGroup group) {
        return group.links().stream().map(RecordLink::label).toList();
    }

    private static List<String> labelsWithNotes(LinkGroup group) {
        return group.links().stream().map(l -> l.label() + ": " + l.note()).toList();
    }
}
