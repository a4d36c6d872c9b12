package org.briefingdesk.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.briefingdesk.logic.records.RecordVersions;
import org.briefingdesk.logic.store.BatchWriter;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.logic.store.VersionConflictException;
import org.briefingdesk.model.ChangeEntry;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Statement;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.testutil.TestServer;
import org.briefingdesk.testutil.TypicalRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Two people at one record base: edits of the same record, and the other desk hearing of a change. */
@ResourceLock(Locks.TEST_SERVER)
class ServerConcurrencyTest {
    private static final String PASSWORD = "heslo-456";
    private final PostgresStoreOpener opener = TestServer.opener();
    private RecordStore jana;
    private RecordStore petr;

    @BeforeEach
    void twoDesks() {
        ServerAddress admin = TestServer.newDatabase();
        opener.init(admin, null).close();
        TestServer.loginRole("jana", PASSWORD);
        TestServer.loginRole("petr", PASSWORD);
        opener.grant(admin, null, "jana", Sensitivity.SENSITIVE, true);
        opener.grant(admin, null, "petr", Sensitivity.SENSITIVE, true);
        jana = opener.open(TestServer.as(admin, "jana"), PASSWORD);
        petr = opener.open(TestServer.as(admin, "petr"), PASSWORD);
    }

    @AfterEach
    void close() {
        jana.close();
        petr.close();
    }

    private static Person withNotes(Person p, String notes) {
        return RecordBuilder.from(p).with(Person::notes, notes).build();
    }

    @Test
    void savingOverANewerVersionIsRefusedWithBothVersionsAndNothingIsLost() {
        Person created = jana.people().save(TypicalRecords.person("Vít", "Rakušan"));
        Person janasCopy = jana.people().findById(created.id()).orElseThrow();
        Person petrsCopy = petr.people().findById(created.id()).orElseThrow();

        Person janaSaved = jana.people().save(withNotes(janasCopy, "ministr vnitra"));
        VersionConflictException conflict = assertThrows(VersionConflictException.class,
                () -> petr.people().save(withNotes(petrsCopy, "místopředseda vlády")));

        assertEquals("místopředseda vlády", ((Person) conflict.mine()).notes());
        assertEquals("ministr vnitra", ((Person) conflict.theirs()).notes());
        assertEquals("jana", conflict.theirs().audit().updatedBy(), "who changed it");
        assertEquals(janaSaved.audit().updatedAt(), conflict.theirs().audit().updatedAt(), "and when");
        assertEquals("ministr vnitra", petr.people().findById(created.id()).orElseThrow().notes(), "not overwritten");

        // Petr chooses his version, now knowingly saved over Jana's.
        Person kept = petr.people().save(RecordVersions.over((Person) conflict.mine(), conflict.theirs()));
        assertEquals("místopředseda vlády", kept.notes());
        assertTrue(kept.audit().updatedAt().isAfter(janaSaved.audit().updatedAt()));
        List<ChangeEntry> history = jana.history().findByRecord(created.id());
        assertEquals(List.of("jana", "jana", "petr"), history.stream().map(ChangeEntry::changedBy).toList());
    }

    /** Waits until a listener has been told of every kind once; returns how many it heard. */
    private static int drain(LinkedBlockingQueue<RecordKind> heard) throws InterruptedException {
        int count = 0;
        while (count < RecordKind.values().length && heard.poll(10, TimeUnit.SECONDS) != null) {
            count++;
        }
        return count;
    }

    @Test
    void theOtherDeskHearsOfAChangeWithinASecondButNotOfItsOwn() throws Exception {
        LinkedBlockingQueue<RecordKind> petrHears = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<RecordKind> janaHears = new LinkedBlockingQueue<>();
        try (AutoCloseable petrListens = petr.onOthersChanges(petrHears::add);
             AutoCloseable janaListens = jana.onOthersChanges(janaHears::add)) {
            // Once listening, each desk is told of every kind (changes before it listened would be missed).
            assertEquals(RecordKind.values().length, drain(petrHears));
            assertEquals(RecordKind.values().length, drain(janaHears));
            long start = System.nanoTime();
            jana.people().save(TypicalRecords.person("Jan", "Novák"));
            RecordKind heard = petrHears.poll(1, TimeUnit.SECONDS);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertEquals(RecordKind.PERSON, heard, "heard within a second (" + millis + " ms)");
            assertEquals(null, janaHears.poll(300, TimeUnit.MILLISECONDS), "a desk's own save is no news");
        }
    }

    /**
     * The other desks hear of a change once it is committed, whatever wrote it (a save, a batch, a delete), and
     * never of one that was refused and rolled back.
     */
    @Test
    void everyCommittedChangeIsAnnouncedAndARefusedOneIsNot() throws Exception {
        LinkedBlockingQueue<RecordKind> petrHears = new LinkedBlockingQueue<>();
        try (AutoCloseable petrListens = petr.onOthersChanges(petrHears::add)) {
            assertEquals(RecordKind.values().length, drain(petrHears));
            Person created = jana.people().save(TypicalRecords.person("Vít", "Rakušan"));
            assertEquals(RecordKind.PERSON, petrHears.poll(1, TimeUnit.SECONDS), "a save");

            Person stale = petr.people().findById(created.id()).orElseThrow();
            jana.people().save(withNotes(created, "ministr vnitra"));
            assertEquals(RecordKind.PERSON, petrHears.poll(1, TimeUnit.SECONDS), "a second save");
            LinkedBlockingQueue<RecordKind> janaHears = new LinkedBlockingQueue<>();
            try (AutoCloseable janaListens = jana.onOthersChanges(janaHears::add)) {
                assertEquals(RecordKind.values().length, drain(janaHears));
                assertThrows(VersionConflictException.class, () -> petr.people().save(withNotes(stale, "jinak")));
                assertNull(janaHears.poll(500, TimeUnit.MILLISECONDS), "a refused save is no news");
            }

            jana.batches().write(List.of(TypicalRecords.homeOffice(), TypicalRecords.topic("Migrace", null)),
                    BatchWriter.AuditMode.STAMP);
            Set<RecordKind> batch = EnumSet.of(petrHears.poll(1, TimeUnit.SECONDS),
                    petrHears.poll(1, TimeUnit.SECONDS));
            assertEquals(EnumSet.of(RecordKind.ORGANISATION, RecordKind.TOPIC), batch, "a batch, each kind");

            // A batch whose statement names a speaker nobody has: written, then refused at its commit.
            Statement dangling = TypicalRecords.statement(UUID.randomUUID(), null, "Hranice chráníme společně.");
            assertThrows(RuntimeException.class, () -> jana.batches().write(List.of(TypicalRecords.topic("Azyl",
                    null), dangling), BatchWriter.AuditMode.STAMP));
            assertNull(petrHears.poll(500, TimeUnit.MILLISECONDS), "a batch rolled back is no news");

            assertTrue(jana.people().delete(created.id()));
            assertEquals(RecordKind.PERSON, petrHears.poll(1, TimeUnit.SECONDS), "a delete");
            assertNull(petrHears.poll(300, TimeUnit.MILLISECONDS), "each change once");
        }
    }
}
