package org.briefingdesk.logic.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordService;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.testutil.TypicalRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule rejects what it must, with its sentence, and the refused record is not stored. */
class RecordValidatorTest {
    private static final Localization CS = new Localization(Localization.CZECH);

    @TempDir
    Path dir;
    RecordStore store;
    RecordService records;

    @BeforeEach
    void open() {
        store = TestStores.create(dir);
        records = new RecordService(store, CS);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Saving must fail with exactly {@code key} among its violations, and leave no trace. */
    private void assertRefused(StoredRecord record, String key, String czechFragment) {
        ValidationException e = assertThrows(ValidationException.class, () -> records.save(record));
        assertTrue(e.violations().stream().anyMatch(v -> v.key().equals(key)), e.violations().toString());
        assertTrue(e.localizedMessage(CS).contains(czechFragment), e.localizedMessage(CS));
        assertTrue(store.kindOf(record.id()).isEmpty(), "a refused record must not be stored");
    }

    @Test
    void personNeedsAName() {
        assertRefused(TypicalRecords.person(" ", ""), "rule.person.name", "jméno");
    }

    @Test
    void roleMustNotEndBeforeItStarts() {
        Person p = TypicalRecords.person("Vít", "Rakušan");
        Person bad = RecordBuilder.from(p)
                .withAll(Person::roles, new Role("ministr vnitra", null, LocalDate.of(2025, 1, 1),
                        LocalDate.of(2021, 1, 1))).build();
        assertRefused(bad, "rule.role.dates", "ministr vnitra");
    }

    @Test
    void eventEndsOnOrAfterItStarts() {
        Event e = TypicalRecords.summit(null, List.of());
        Event bad = RecordBuilder.from(e).with(Event::startDate, LocalDate.of(2025, 3, 31))
                .with(Event::endDate, LocalDate.of(2025, 3, 30))
                .build();
        assertRefused(bad, "rule.event.endBeforeStart", "končí dřív");
    }

    @Test
    void eventNeedsATitle() {
        Event e = TypicalRecords.summit(null, List.of());
        Event bad = RecordBuilder.from(e).with(Event::title, "  ").build();
        assertRefused(bad, "rule.required.title", "název");
    }

    @Test
    void childEventLiesWithinItsParent() {
        Event summit = records.save(TypicalRecords.summit(null, List.of()));
        Event side = TypicalRecords.sideMeeting(summit);
        Event outside = RecordBuilder.from(side).with(Event::startDate, LocalDate.of(2025, 4, 2))
                .with(Event::endDate, LocalDate.of(2025, 4, 2)).build();
        assertRefused(outside, "rule.event.outsideParent", "Border Security Summit");
        records.save(side); // same day as the summit: fine
    }

    @Test
    void noCyclesOfParentEvents() {
        Event summit = records.save(TypicalRecords.summit(null, List.of()));
        Event side = records.save(TypicalRecords.sideMeeting(summit));
        Event summitUnderSide = RecordBuilder.from(summit).with(Event::parentId, side.id()).build();
        ValidationException e = assertThrows(ValidationException.class, () -> records.save(summitUnderSide));
        assertEquals("rule.event.parentCycle", e.violations().get(0).key());
        assertEquals(null, store.events().findById(summit.id()).orElseThrow().parentId(), "summit unchanged");
    }

    @Test
    void noCyclesOfTopics() {
        Topic migration = records.save(TypicalRecords.topic("migrace", null));
        Topic returns = records.save(TypicalRecords.topic("návraty", migration.id()));
        Topic cyclic = RecordBuilder.from(migration).with(Topic::parentId, returns.id()).build();
        ValidationException e = assertThrows(ValidationException.class, () -> records.save(cyclic));
        assertEquals("rule.topic.parentCycle", e.violations().get(0).key());
        Topic self = TypicalRecords.topic("sám sobě", null);
        assertRefused(RecordBuilder.from(self).with(Topic::parentId, self.id())
                .build(), "rule.topic.parentCycle", "téma");
    }

    @Test
    void statementNeedsASpeakerAndText() {
        assertRefused(TypicalRecords.statement(null, null, "Text"), "rule.statement.speaker", "mluvčího");
        Person p = records.save(TypicalRecords.person("Vít", "Rakušan"));
        assertRefused(TypicalRecords.statement(p.id(), null, "   "), "rule.required.text", "text");
        assertRefused(TypicalRecords.statement(UUID.randomUUID(), null, "Text"), "rule.missingLink", "neexistuje");
    }

    @Test
    void commitmentNeedsAStatus() {
        Commitment c = TypicalRecords.commitment(null);
        Commitment bad = RecordBuilder.from(c).with(Commitment::status, null).with(Commitment::history, List.of())
                .build();
        assertRefused(bad, "rule.commitment.status", "stav");
    }

    @Test
    void textFarTooLongOrWithControlCharactersIsRefused() {
        assertRefused(TypicalRecords.person("Vít", "x".repeat(RecordValidator.MAX_SHORT_TEXT + 1)),
                "rule.text.tooLong", "500");
        assertRefused(TypicalRecords.person("Vít\u0000", "Rakušan"), "rule.text.control", "řídicí");
    }

    @Test
    void personWithStatementsIsNotDeletedSilently() {
        Person p = records.save(TypicalRecords.person("Vít", "Rakušan"));
        Statement s = records.save(TypicalRecords.statement(p.id(), null, "Česko je připravené."));
        ValidationException e = assertThrows(ValidationException.class, () -> records.delete(p.id()));
        assertEquals("rule.delete.speaker", e.key());
        assertTrue(store.people().findById(p.id()).isPresent());
        assertTrue(records.delete(s.id()));
        assertTrue(records.delete(p.id()));
    }
}
