package org.briefingdesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.briefingdesk.logic.records.RecordCopies;
import org.briefingdesk.logic.search.SearchService;
import org.briefingdesk.logic.store.BatchWriter;
import org.briefingdesk.logic.store.BatchWriter.AuditMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.model.Audit;
import org.briefingdesk.model.ChangeEntry;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.testutil.TypicalRecords;
import org.briefingdesk.ui.StoreFixture;
import org.junit.jupiter.api.Test;

/** The store's bulk write path on a real file: order-free references, kept audit, index and history in one pass. */
class BatchWriterTest extends StoreFixture {
    private static final Audit ELSEWHERE = new Audit(Instant.parse("2024-01-02T03:04:05Z"), "kolegyne",
            Instant.parse("2024-02-03T04:05:06Z"), "kolega");

    private record World(Topic topic, Organisation office, Person cooper, Event summit, Statement statement,
                         Commitment commitment) {
        List<StoredRecord> childrenFirst() {
            return List.of(commitment, statement, summit, cooper, office, topic);
        }
    }

    private static World world() {
        Topic topic = TypicalRecords.topic("migrace", null);
        Organisation office = TypicalRecords.homeOffice();
        Person cooper = TypicalRecords.cooper(office.id());
        Event summit = TypicalRecords.summit(office.id(), List.of(topic.id()));
        Statement statement = TypicalRecords.statement(cooper.id(), summit.id(), "Hranice chráníme společně.");
        Commitment commitment = TypicalRecords.commitment(statement.id());
        return new World(topic, office, cooper, summit, statement, commitment);
    }

    @Test
    void recordsInAnyOrderAreWrittenWithTheirAuditIndexAndHistory() {
        var store = newStore();
        World w = world();
        List<StoredRecord> kept = w.childrenFirst().stream().map(r -> RecordCopies.withAudit(r, ELSEWHERE)).toList();

        BatchWriter.Outcome outcome = store.batches().write(kept, AuditMode.KEEP);

        assertEquals(List.of(6, 0, 0), List.of(outcome.inserted(), outcome.updated(), outcome.unchanged()));
        assertEquals(kept.stream().map(StoredRecord::id).collect(Collectors.toSet()), outcome.created());
        assertEquals(ELSEWHERE, store.people().findById(w.cooper().id()).orElseThrow().audit());
        assertEquals(RecordCopies.withAudit(w.statement(), ELSEWHERE), store.statements().findById(w.statement().id())
                .orElseThrow());
        List<ChangeEntry> history = store.history().findByRecord(w.summit().id());
        assertEquals(1, history.size());
        assertEquals(ChangeEntry.Action.CREATE, history.get(0).action());
        assertEquals(TestStores.USER, history.get(0).changedBy());
        // The statement's document names its speaker by her Czech alias, written in the same batch.
        var hits = new SearchService(store.search()).search("Cooperová hranice", 10).hits();
        assertEquals(List.of(w.statement().id()), hits.stream().filter(h -> h.kind() == RecordKind.STATEMENT)
                .map(h -> h.id()).toList());
    }

    @Test
    void aSecondWriteReplacesWhatChangedLeavesTheRestAndReindexesWhatMentionsIt() {
        var store = newStore();
        World w = world();
        store.batches().write(w.childrenFirst(), AuditMode.STAMP);
        Person renamed = new Person(w.cooper().id(), "", "Yvette", "Cooperová-Smithová", "GB", "", List.of(),
                w.cooper().roles(), w.cooper().info());

        BatchWriter.Outcome outcome = store.batches().write(List.of(renamed, w.topic()), AuditMode.STAMP);

        assertEquals(List.of(0, 1, 1), List.of(outcome.inserted(), outcome.updated(), outcome.unchanged()));
        // What it replaced comes back as it was stored, to put back on undo.
        assertEquals(List.of(w.cooper().familyName()),
                outcome.replaced().stream().map(r -> ((Person) r).familyName()).toList());
        assertEquals(List.of("familyName", "notes", "aliases"), store.history().findByRecord(w.cooper().id()).get(1)
                .changedFields());
        // The statement (not in the second batch) is found by the new name: its document was rebuilt.
        var hits = new SearchService(store.search()).search("Smithová", 10).hits();
        assertTrue(hits.stream().anyMatch(h -> h.id().equals(w.statement().id())), hits.toString());
    }

    @Test
    void namesKnownFromAnEarlierBatchGiveWayToWhatWasWrittenOrUndoneBetweenBatches() {
        var store = newStore();
        World w = world();
        store.batches().write(List.of(w.topic(), w.office(), w.cooper(), w.summit()), AuditMode.STAMP);
        Statement first = TypicalRecords.statement(w.cooper().id(), w.summit().id(), "Hranice chráníme společně.");
        store.batches().write(List.of(first), AuditMode.STAMP);
        assertEquals(List.of(first.id()), statementsFound(store, "Cooperová hranice"));

        // Renamed through a form between two batches: the next batch's documents carry the new name.
        Person stored = store.people().findById(w.cooper().id()).orElseThrow();
        store.people().save(new Person(stored.id(), "", "Yvette", "Smithová", "GB", "", List.of(), stored.roles(),
                stored.info()));
        Statement second = TypicalRecords.statement(w.cooper().id(), w.summit().id(), "Azyl řešíme společně.");
        store.batches().write(List.of(second), AuditMode.STAMP);
        assertEquals(List.of(second.id()), statementsFound(store, "Smithová azyl"));

        // A batch that failed renamed her only in what it had read: the next batch does not name her so.
        Person failedName = new Person(stored.id(), "", "Yvette", "Novotná", "GB", "", List.of(), stored.roles(),
                stored.info());
        Statement orphan = TypicalRecords.statement(UUID.randomUUID(), null, "Nikdo to neřekl.");
        assertThrows(StoreException.class, () -> store.batches().write(List.of(failedName, orphan),
                AuditMode.STAMP));
        Statement third = TypicalRecords.statement(w.cooper().id(), w.summit().id(), "Víza zrušíme.");
        store.batches().write(List.of(third), AuditMode.STAMP);
        assertEquals(List.of(third.id()), statementsFound(store, "Smithová víza"));
        assertTrue(statementsFound(store, "Novotná").isEmpty());
    }

    private static List<UUID> statementsFound(RecordStore store, String query) {
        return new SearchService(store.search()).search(query, 10).hits().stream()
                .filter(h -> h.kind() == RecordKind.STATEMENT).map(h -> h.id()).toList();
    }

    /**
     * Within the batch path's transaction statement journals are kept in memory (on disk each page a statement
     * changes was a system call); afterwards the connection is back to temporary files, so that a large sort
     * elsewhere spills to disk rather than filling the memory. A write inside it joins and changes nothing.
     */
    @Test
    void statementJournalsStayInMemoryOnlyWhileTheBatchTransactionRuns() {
        var store = newStore();
        Database db = ((SqliteRecordStore) store).database();
        World w = world();

        List<Integer> during = store.batches().inOneTransaction(() -> {
            int first = tempStore(db);
            store.batches().write(w.childrenFirst(), AuditMode.STAMP);
            return List.of(first, tempStore(db));
        });

        assertEquals(List.of(SqliteBatchDialect.TEMP_STORE_MEMORY, SqliteBatchDialect.TEMP_STORE_MEMORY), during);
        assertEquals(0, tempStore(db));
        assertEquals(6L, store.counts().values().stream().mapToLong(Long::longValue).sum());
    }

    private static int tempStore(Database db) {
        return db.read(c -> Jdbc.queryOne(c, "PRAGMA temp_store", rs -> rs.getInt(1)).orElse(-1));
    }

    @Test
    void aDanglingReferenceFailsTheWholeBatchAndLeavesTheFileAsItWas() {
        var store = newStore();
        World w = world();
        Statement orphan = TypicalRecords.statement(UUID.randomUUID(), null, "Nikdo to neřekl.");

        assertThrows(StoreException.class, () -> store.batches().write(List.of(w.topic(), orphan), AuditMode.STAMP));

        assertEquals(0L, store.counts().values().stream().mapToLong(Long::longValue).sum());
        assertTrue(new SearchService(store.search()).search("migrace", 10).hits().isEmpty());
    }

    @Test
    void deleteTakesDependantsFirstAndClearsTheirIndexEntries() {
        var store = newStore();
        World w = world();
        store.batches().write(w.childrenFirst(), AuditMode.STAMP);

        int deleted = store.batches().delete(List.of(w.cooper().id(), w.statement().id(), w.commitment().id()));

        assertEquals(3, deleted);
        assertEquals(Map.of(RecordKind.EVENT, 1L, RecordKind.REPORT, 0L, RecordKind.PERSON, 0L,
                RecordKind.ORGANISATION, 1L, RecordKind.STATEMENT, 0L, RecordKind.COMMITMENT, 0L, RecordKind.TOPIC, 1L),
                store.counts());
        assertTrue(new SearchService(store.search()).search("Cooperová", 10).hits().isEmpty());
    }
}
