package org.briefingdesk.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.briefingdesk.logic.AppVersion;
import org.briefingdesk.logic.exchange.BundleExport;
import org.briefingdesk.logic.exchange.ExchangeMonitor;
import org.briefingdesk.logic.exchange.ExportScope;
import org.briefingdesk.logic.exchange.ImportFormat;
import org.briefingdesk.logic.exchange.MergeDecisions;
import org.briefingdesk.logic.exchange.MergePlan;
import org.briefingdesk.logic.exchange.RecordImport;
import org.briefingdesk.logic.search.SearchService;
import org.briefingdesk.logic.store.BatchWriter.AuditMode;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.testutil.TestServer;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.testutil.TypicalRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The batch writer on a team server (imports, pushes): references checked at the commit, index and history in the
 * same transaction, a failing batch leaving the server as it was, a reader refused, a record above the writer's
 * clearance refused by the server's row-level security with the whole batch; and a bundle exported from the server.
 */
@ResourceLock(Locks.TEST_SERVER)
class ServerBatchTest {
    private static final String PASSWORD = "davka-heslo";
    private final PostgresStoreOpener opener = TestServer.opener();

    @TempDir
    Path folder;

    /** Parents after children: the server checks the references when the transaction commits. */
    private static List<StoredRecord> summitRecords() {
        Organisation office = TypicalRecords.homeOffice();
        Topic topic = TypicalRecords.topic("Ochrana hranic", null);
        Person cooper = TypicalRecords.cooper(office.id());
        Event summit = TypicalRecords.summit(office.id(), List.of(topic.id()));
        Statement statement = TypicalRecords.statement(cooper.id(), summit.id(), "Pašeráci lidí nesmějí vyhrát.");
        Commitment commitment = TypicalRecords.commitment(statement.id());
        return List.of(commitment, statement, summit, cooper, topic, office);
    }

    @Test
    void aBatchInAnyOrderIsWrittenWithItsIndexAndHistoryInOneTransaction() {
        try (RecordStore server = TestServer.create()) {
            List<StoredRecord> records = summitRecords();
            var outcome = server.batches().write(records, AuditMode.STAMP);
            assertEquals(6, outcome.inserted());
            assertEquals(1L, server.counts().get(RecordKind.COMMITMENT));
            assertEquals(1L, server.counts().get(RecordKind.PERSON));
            assertEquals(1, hits(server, "pašeráci"), "the statement is in the index");
            assertEquals(3, hits(server, "cooperova"), "her Czech alias finds her, her statement and its commitment");
            for (StoredRecord record : records) {
                assertEquals(1, server.history().findByRecord(record.id()).size(), "one history line each");
            }
            assertEquals(TestServer.ADMIN, server.history().findByRecord(records.get(0).id()).get(0).changedBy());

            // The same records again: nothing to write; changed ones replace the stored, with a line each.
            assertEquals(6, server.batches().write(records, AuditMode.STAMP).unchanged());
            Person cooper = (Person) records.get(3);
            Person renamed = new Person(cooper.id(), "", "Yvette", "Cooperová", "GB", cooper.notes(),
                    cooper.aliases(), cooper.roles(), cooper.info());
            assertEquals(1, server.batches().write(List.of(renamed), AuditMode.STAMP).updated());
            assertEquals("Cooperová", server.people().findById(cooper.id()).orElseThrow().familyName());
            assertEquals(2, server.history().findByRecord(cooper.id()).size());
        }
    }

    @Test
    void aFailingBatchLeavesTheServerAsItWas() {
        try (RecordStore server = TestServer.create()) {
            server.batches().write(summitRecords(), AuditMode.STAMP);
            Map<RecordKind, Long> before = server.counts();
            int historyBefore = server.history().findRecent(1000).size();
            Person newcomer = TypicalRecords.person("Jan", "Dávkový");
            // The statement names a speaker that is nowhere: refused when the transaction commits.
            Statement dangling = TypicalRecords.statement(UUID.randomUUID(), null, "Výrok bez mluvčího.");
            StoreException refused = assertThrows(StoreException.class,
                    () -> server.batches().write(List.of(newcomer, dangling), AuditMode.STAMP));
            assertEquals("error.db.constraint", refused.key());
            assertEquals(before, server.counts());
            assertEquals(historyBefore, server.history().findRecent(1000).size());
            assertEquals(0, hits(server, "davkovy"), "no index entry of the newcomer either");
            assertTrue(server.people().findById(newcomer.id()).isEmpty());
        }
    }

    @Test
    void aReaderIsRefusedAndARecordAboveTheWritersClearanceRefusesTheWholeBatch() {
        ServerAddress admin = TestServer.newDatabase();
        try (RecordStore adminStore = opener.init(admin, null)) {
            TestServer.loginRole("davka_ctenar", PASSWORD);
            TestServer.loginRole("davka_interni", PASSWORD);
            opener.grant(admin, null, "davka_ctenar", Sensitivity.SENSITIVE, false);
            opener.grant(admin, null, "davka_interni", Sensitivity.INTERNAL, true);
            Person speaker = TypicalRecords.person("Vít", "Rakušan");
            adminStore.batches().write(List.of(speaker), AuditMode.STAMP);

            try (RecordStore reader = opener.open(TestServer.as(admin, "davka_ctenar"), PASSWORD)) {
                StoreException refused = assertThrows(StoreException.class, () -> reader.batches()
                        .write(List.of(TypicalRecords.person("Jan", "Čtenář")), AuditMode.KEEP));
                assertEquals("error.server.reader", refused.key());
            }
            try (RecordStore internal = opener.open(TestServer.as(admin, "davka_interni"), PASSWORD)) {
                Statement open = TypicalRecords.statement(speaker.id(), null, "Veřejný výrok z dávky.");
                Statement secret = RecordBuilder.aStatement().with(Statement::speakerId, speaker.id())
                        .with(Statement::date, TypicalRecords.SUMMIT_DAY)
                        .with(Statement::text, "Citlivý výrok z dávky.")
                        .sensitivity(Sensitivity.SENSITIVE).build();
                StoreException refused = assertThrows(StoreException.class,
                        () -> internal.batches().write(List.of(open, secret), AuditMode.STAMP));
                assertEquals("error.server.aboveClearance", refused.key());
                assertEquals(1, internal.batches().write(List.of(open), AuditMode.STAMP).inserted(),
                        "at its clearance the same editor writes");
            }
            assertEquals(1L, adminStore.counts().get(RecordKind.STATEMENT), "the sensitive one never arrived");
            assertEquals(1L, adminStore.counts().get(RecordKind.PERSON), "nor the reader's");

            // What exchanges remember of a record is hidden from a role as the record is.
            Statement secret = RecordBuilder.aStatement().with(Statement::speakerId, speaker.id())
                    .with(Statement::date, TypicalRecords.SUMMIT_DAY)
                    .with(Statement::text, "Citlivý výrok správce.").sensitivity(Sensitivity.SENSITIVE).build();
            adminStore.batches().write(List.of(secret), AuditMode.STAMP);
            Instant version = Instant.parse("2025-04-01T08:00:00Z");
            UUID foreign = UUID.randomUUID();
            adminStore.exchangeMemory().rememberVersions(Map.of(speaker.id(), version, secret.id(), version));
            adminStore.exchangeMemory().rememberAliases(Map.of(foreign, secret.id()));
            assertEquals(2, adminStore.exchangeMemory().versions(List.of(speaker.id(), secret.id())).size());
            try (RecordStore internal = opener.open(TestServer.as(admin, "davka_interni"), PASSWORD)) {
                assertEquals(Map.of(speaker.id(), version),
                        internal.exchangeMemory().versions(List.of(speaker.id(), secret.id())));
                assertTrue(internal.exchangeMemory().aliases().isEmpty());
            }
        }
    }

    @Test
    void aBundleGoesFromAFileOntoTheServerAndBackIntoAnotherFile() throws IOException {
        Path bundle = folder.resolve("souhrn.bdesk");
        Map<RecordKind, Long> counts;
        try (RecordStore file = TestStores.create(folder)) {
            file.batches().write(summitRecords(), AuditMode.STAMP);
            counts = file.counts();
            export(file, bundle);
        }
        try (RecordStore server = TestServer.create()) {
            RecordImport importer = new RecordImport(server);
            MergePlan plan = importer.preview(bundle, ImportFormat.BUNDLE, ExchangeMonitor.NONE);
            assertEquals(6, plan.incoming().size());
            importer.apply(plan, new MergeDecisions(MergeDecisions.Policy.OURS), ExchangeMonitor.NONE);
            assertEquals(counts, server.counts());
            assertEquals(1, hits(server, "pašeráci"));
            assertEquals(6, server.exchangeMemory().versions(plan.versions().keySet()).size(),
                    "the server remembers the versions it received");
            MergePlan again = importer.preview(bundle, ImportFormat.BUNDLE, ExchangeMonitor.NONE);
            assertEquals(0, again.incoming().size(), "a second import finds everything there");

            Path fromServer = folder.resolve("ze-serveru.bdesk");
            export(server, fromServer);
            try (RecordStore other = TestStores.opener().open(folder.resolve("jiny.db"), OpenMode.CREATE)) {
                RecordImport back = new RecordImport(other);
                back.apply(back.preview(fromServer, ImportFormat.BUNDLE, ExchangeMonitor.NONE),
                        new MergeDecisions(MergeDecisions.Policy.OURS), ExchangeMonitor.NONE);
                assertEquals(counts, other.counts());
                assertEquals(1, hits(other, "pašeráci"));
            }
        }
    }

    private static void export(RecordStore store, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new BundleExport(store).write(ExportScope.everything(), out,
                    AppVersion.current(), Instant.now(), ExchangeMonitor.NONE);
        }
    }

    private static int hits(RecordStore store, String query) {
        return new SearchService(store.search()).search(query, 50).hits().size();
    }
}
