package org.briefingdesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.ChangeEntry;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.CommitmentStatus;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Source;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatementSummary;
import org.briefingdesk.model.StatusChange;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.testutil.TypicalRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every record kind is written and read back whole, from a real SQLite file reopened in between
 * (and, in {@link PostgresRepositoryRoundTripTest}, from a team server connected to again).
 */
class RepositoryRoundTripTest {
    @TempDir
    Path dir;
    RecordStore store;

    @BeforeEach
    void open() {
        store = create();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A new, empty store writing as {@link #user()} at {@link TestStores#NOW}. */
    RecordStore create() {
        return TestStores.create(dir);
    }

    /** The same store, opened again. */
    RecordStore openAgain() {
        return TestStores.opener().open(dir.resolve("test.db"), OpenMode.WRITE);
    }

    /** Who the store writes as. */
    String user() {
        return TestStores.USER;
    }

    private RecordStore reopen() {
        store.close();
        store = openAgain();
        return store;
    }

    /**
     * The stored record equals the saved one except for the audit stamps the store fills in: the
     * clock's time (a server moves a new version's stamp a millisecond on when the clock stands still).
     */
    private void assertSameContent(StoredRecord expected, StoredRecord actual) {
        assertEquals(expected.id(), actual.id());
        assertEquals(withoutAudit(expected), withoutAudit(actual));
        assertEquals(user(), actual.audit().createdBy());
        assertEquals(TestStores.NOW, actual.audit().updatedAt().truncatedTo(ChronoUnit.SECONDS));
    }

    private static String withoutAudit(StoredRecord r) {
        return r.toString().replace(r.audit().toString(), "");
    }

    @Test
    void organisationAndPersonWithAliasesAndRoles() {
        Organisation ho = store.organisations().save(TypicalRecords.homeOffice());
        Person cooper = TypicalRecords.cooper(ho.id());
        store.people().save(cooper);

        Person read = reopen().people().findById(cooper.id()).orElseThrow();
        assertSameContent(cooper, read);
        assertEquals(List.of("Ivette Cooperová", "Cooperová"), read.aliases());
        assertEquals(ho.id(), read.roles().get(0).organisationId());
        assertEquals("ministryně vnitra", read.roleOn(LocalDate.of(2025, 3, 31)).orElseThrow().title());
        assertEquals(List.of(new Source("Tisková zpráva MV ČR", "")), read.sources());
        assertSameContent(ho, store.organisations().findById(ho.id()).orElseThrow());
    }

    @Test
    void eventWithParentParticipantsAndTopics() {
        Topic migration = store.topics().save(TypicalRecords.topic("migrace", null));
        Topic returns = store.topics().save(TypicalRecords.topic("návraty", migration.id()));
        Person rakusan = store.people().save(TypicalRecords.person("Vít", "Rakušan"));
        Event summit = store.events().save(TypicalRecords.summit(null, List.of(migration.id(), returns.id())));
        Event side = store.events().save(TypicalRecords.sideMeeting(summit, rakusan.id()));

        reopen();
        assertSameContent(summit, store.events().findById(summit.id()).orElseThrow());
        Event readSide = store.events().findById(side.id()).orElseThrow();
        assertSameContent(side, readSide);
        assertEquals(summit.id(), readSide.parentId());
        assertEquals(List.of(side.id()), store.events().findChildren(summit.id()).stream().map(Event::id).toList());
        assertEquals(List.of(side.id()),
                store.events().findByParticipant(rakusan.id()).stream().map(Event::id).toList());
        assertEquals(List.of(summit.id()), store.events().findByTopic(returns.id()).stream().map(Event::id).toList());
        assertEquals(List.of(returns.id()),
                store.topics().findChildren(migration.id()).stream().map(Topic::id).toList());
        assertEquals(Sensitivity.INTERNAL, readSide.sensitivity());
    }

    @Test
    void reportStatementAndCommitmentWithHistory() {
        Topic topic = store.topics().save(TypicalRecords.topic("azylová a migrační legislativa", null));
        Person rakusan = store.people().save(TypicalRecords.person("Vít", "Rakušan"));
        Event summit = store.events().save(TypicalRecords.summit(null, List.of()));
        Report report = RecordBuilder.aReport().with(Report::eventId, summit.id()).withAll(Report::topicIds, topic.id())
                .build();
        store.reports().save(report);
        Statement statement = TypicalRecords.statement(rakusan.id(), summit.id(),
                "Novelu migrační legislativy chceme vzhledem k mezinárodní situaci schválit co nejdříve.");
        store.statements().save(statement);
        Commitment commitment = TypicalRecords.commitment(statement.id());
        store.commitments().save(commitment);
        Commitment progressed = RecordBuilder.from(commitment).with(Commitment::status, CommitmentStatus.IN_PROGRESS)
                .with(Commitment::dueDate, LocalDate.of(2025, 12, 31))
                .withAll(Commitment::history, commitment.history().get(0),
                        new StatusChange(LocalDate.of(2025, 5, 1), CommitmentStatus.IN_PROGRESS, "Návrh ve vládě"))
                .withAll(Commitment::topicIds, topic.id()).build();
        store.commitments().save(progressed);

        reopen();
        assertSameContent(report, store.reports().findById(report.id()).orElseThrow());
        assertSameContent(statement, store.statements().findById(statement.id()).orElseThrow());
        Commitment read = store.commitments().findById(commitment.id()).orElseThrow();
        assertSameContent(progressed, read);
        assertEquals(2, read.history().size());
        assertEquals(List.of(report.id()), store.reports().findByEvent(summit.id()).stream().map(Report::id).toList());
        assertEquals(1, store.statements().findBySpeaker(rakusan.id()).size());
        assertEquals(1, store.commitments().findByStatement(statement.id()).size());
    }

    @Test
    void everySaveAndDeleteIsInTheChangeHistory() {
        Person p = store.people().save(TypicalRecords.person("Vít", "Rakušan"));
        Person renamed = RecordBuilder.from(p).with(Person::honorific, "Mgr.").with(Person::notes, "ministr").build();
        store.people().save(renamed);
        store.people().save(renamed); // unchanged: no new entry
        assertTrue(store.people().delete(p.id()));
        assertFalse(store.people().delete(p.id()));

        List<ChangeEntry> history = store.history().findByRecord(p.id());
        assertEquals(List.of(ChangeEntry.Action.CREATE, ChangeEntry.Action.UPDATE, ChangeEntry.Action.DELETE),
                history.stream().map(ChangeEntry::action).toList());
        assertEquals(List.of("honorific", "notes"), history.get(1).changedFields());
        assertTrue(history.get(0).changedFields().containsAll(List.of("givenName", "familyName", "countryCode")));
        assertFalse(history.get(0).changedFields().contains("id"), "the store sets the id: no change of the user's");
        assertEquals(user(), history.get(1).changedBy());
        assertEquals(RecordKind.PERSON, history.get(2).kind());
    }

    @Test
    void countsKindsAndCountries() {
        Person p = store.people().save(TypicalRecords.person("Vít", "Rakušan"));
        assertEquals(1L, store.counts().get(RecordKind.PERSON));
        assertEquals(0L, store.counts().get(RecordKind.EVENT));
        assertEquals(RecordKind.PERSON, store.kindOf(p.id()).orElseThrow());
        assertEquals("Irsko", store.countries().findByCode("ie").orElseThrow().nameCs());
        assertEquals("United Kingdom", store.countries().findByCode("GB").orElseThrow().nameEn());
        assertTrue(store.countries().findAll().size() > 240);
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        Person p = TypicalRecords.person("Vít", "Rakušan");
        try {
            store.inTransaction(() -> {
                store.people().save(p);
                throw new IllegalStateException("power cut");
            });
        } catch (IllegalStateException expected) {
            // the whole change is gone, including its history line
        }
        assertTrue(store.people().findById(p.id()).isEmpty());
        assertTrue(store.history().findByRecord(p.id()).isEmpty());
    }

    @Test
    void statementSummariesHoldWhatTheTableShowsOfEachStatement() {
        Person rakusan = store.people().save(TypicalRecords.person("Vít", "Rakušan"));
        String longText = "Evropa dnes čelí zásadním bezpečnostním výzvám. ".repeat(20);
        var lengthy = store.statements().save(TypicalRecords.statement(rakusan.id(), null, longText));
        var brief = store.statements().save(TypicalRecords.statement(rakusan.id(), null, "Krátce."));

        var summaries = store.statements().summaries().stream()
                .collect(Collectors.toMap(StatementSummary::id, s -> s));
        assertEquals(2, summaries.size());
        var first = summaries.get(lengthy.id());
        assertEquals(rakusan.id(), first.speakerId());
        assertEquals(lengthy.date(), first.date());
        assertEquals(lengthy.kind(), first.kind());
        assertEquals(StatementSummary.TEXT_START, first.textStart().length());
        assertEquals(RecordLabels.shorten(longText),
                RecordLabels.shorten(first.textStart()), "the table's text is the same");
        assertEquals("Krátce.", summaries.get(brief.id()).textStart());
    }
}
