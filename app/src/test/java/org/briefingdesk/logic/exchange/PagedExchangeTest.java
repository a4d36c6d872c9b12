package org.briefingdesk.logic.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefingdesk.logic.store.BatchWriter.AuditMode;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.testutil.TypicalRecords;
import org.briefingdesk.ui.StoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export and merge preview read the records a page at a time in id order: with more records than fit a page, the
 * bundle still holds every record once, by id, with its linked rows, and a preview meets records here whatever
 * order the file's come in.
 */
class PagedExchangeTest extends StoreFixture {
    /** More than two pages of statements. */
    private static final int STATEMENTS = 1_234;

    private RecordStore storeWithManyStatements() {
        RecordStore store = newStore();
        Topic topic = TypicalRecords.topic("Migrace", null);
        Topic other = TypicalRecords.topic("Hranice", null);
        Person speaker = TypicalRecords.person("Vít", "Rakušan");
        List<StoredRecord> records = new ArrayList<>(List.of(topic, other, speaker));
        for (int i = 0; i < STATEMENTS; i++) {
            Statement s = TypicalRecords.statement(speaker.id(), null, "Výrok č. " + i + " o ochraně hranic");
            List<UUID> topics = i % 3 == 0 ? List.of(other.id(), topic.id()) : List.of(topic.id());
            records.add(new Statement(s.id(), s.speakerId(), s.date(), s.eventId(), s.text(), s.language(),
                    s.translation(), s.kind(), topics, s.info()));
        }
        store.batches().write(records, AuditMode.STAMP);
        return store;
    }

    @Test
    void pagesGiveEveryRecordOnceInIdOrderWithItsLinkedRows() {
        RecordStore store = storeWithManyStatements();
        List<Statement> paged = new ArrayList<>();
        store.statements().inIdOrder().forEach(paged::add);
        List<Statement> all = new ArrayList<>(store.statements().findAll());
        all.sort(Comparator.comparing(s -> s.id().toString()));
        assertEquals(STATEMENTS, paged.size());
        assertEquals(all, paged); // the same records, topics in their order, sorted as the bundle sorts them
        assertTrue(paged.stream().anyMatch(s -> s.topicIds().size() == 2));
    }

    @Test
    void anExportOfManyPagesHoldsEachRecordOnceByIdAndReadsBackTheSame() throws Exception {
        RecordStore store = storeWithManyStatements();
        Path bundle = folder.resolve("many.bdesk");
        Manifest manifest = BundleFiles.export(store, bundle);
        assertEquals(STATEMENTS, manifest.counts().get(RecordKind.STATEMENT));
        JsonNode json = new ObjectMapper().readTree(BundleFiles.recordsJson(bundle));
        List<String> ids = new ArrayList<>();
        json.get(BundleFormat.arrayName(RecordKind.STATEMENT)).forEach(n -> ids.add(n.get("id").asText()));
        assertEquals(ids.stream().sorted().distinct().toList(), ids);

        RecordStore empty = newStore();
        RecordImport importer = new RecordImport(empty);
        importer.apply(importer.preview(bundle, ImportFormat.BUNDLE, ExchangeMonitor.NONE),
                new MergeDecisions(MergeDecisions.Policy.OURS), ExchangeMonitor.NONE);
        Path again = folder.resolve("again.bdesk");
        BundleFiles.export(empty, again);
        assertEquals(BundleFiles.recordsJson(bundle), BundleFiles.recordsJson(again));
    }

    @Test
    void aPreviewMeetsTheRecordsHereWhateverOrderTheFilesComeIn() {
        RecordStore store = storeWithManyStatements();
        List<StoredRecord> statements = new ArrayList<>(store.statements().findAll());
        statements.sort(Comparator.comparing((StoredRecord s) -> s.id().toString()).reversed());
        Statement changed = (Statement) statements.get(STATEMENTS / 2);
        statements.set(STATEMENTS / 2, new Statement(changed.id(), changed.speakerId(), changed.date(),
                changed.eventId(), "Jiné znění výroku", changed.language(), changed.translation(), changed.kind(),
                changed.topicIds(), changed.info()));
        Statement added = TypicalRecords.statement(changed.speakerId(), null, "Nový výrok");
        statements.add(STATEMENTS / 3, added);

        MergePlanner planner = new MergePlanner(store, "test");
        for (RecordKind kind : BundleFormat.ORDER) {
            List<StoredRecord> records = kind == RecordKind.STATEMENT ? statements
                    : new ArrayList<>(store.repository(kind).findAll());
            records.forEach(planner::accept);
            planner.kindDone(kind);
        }
        MergePlan plan = planner.plan();
        assertEquals(STATEMENTS - 1, plan.count(RecordKind.STATEMENT, MergeCategory.SAME));
        assertEquals(1, plan.count(RecordKind.STATEMENT, MergeCategory.NEW));
        assertEquals(1, plan.count(RecordKind.STATEMENT, MergeCategory.CHANGED_BOTH));
        Map<UUID, StoredRecord> incoming = plan.incoming().stream()
                .collect(Collectors.toMap(StoredRecord::id, Function.identity()));
        assertEquals(added, incoming.get(added.id()));
        assertEquals(changed.id(), plan.conflicts().get(0).ours().id());
    }

    @Test
    void aFailureOfTheWritingThreadIsThrownToTheWriter() {
        OutputStream failing = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 100_000) {
                    throw new IOException("disk full");
                }
            }
        };
        BackgroundOutputStream out = new BackgroundOutputStream(failing, "test");
        IOException thrown = assertThrows(IOException.class, () -> {
            byte[] block = new byte[10_000];
            for (int i = 0; i < 1_000; i++) {
                out.write(block);
            }
            out.close();
        });
        assertEquals("disk full", thrown.getMessage());
    }

    @Test
    void whatIsWrittenInTheBackgroundArrivesWholeAndInOrder() throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (BackgroundOutputStream out = new BackgroundOutputStream(target, "test")) {
            for (int i = 0; i < 50_000; i++) {
                byte[] piece = ("záznam " + i + "\n").getBytes(StandardCharsets.UTF_8);
                out.write(piece);
                expected.write(piece);
                out.write(i & 0x7f);
                expected.write(i & 0x7f);
            }
        }
        assertTrue(target.size() > 65_536 * 4);
        assertEquals(expected.toString(StandardCharsets.UTF_8),
                target.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDocumentMadeInTheBackgroundIsTheOneMadeHereAndItsFailureIsThrownOnFinishing() throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        JsonFactory factory = new JsonFactory();
        BackgroundJsonWriter json = new BackgroundJsonWriter(factory.createGenerator(target), "test");
        try (JsonGenerator here = factory.createGenerator(expected)) {
            here.writeStartArray();
            json.write(JsonGenerator::writeStartArray);
            for (int i = 0; i < 10_000; i++) {
                String text = "záznam " + i;
                here.writeString(text);
                json.write(g -> g.writeString(text));
            }
            here.writeEndArray();
            json.write(JsonGenerator::writeEndArray);
        }
        json.finish();
        assertEquals(expected.toString(StandardCharsets.UTF_8), target.toString(StandardCharsets.UTF_8));

        JsonGenerator nowhere = factory.createGenerator(OutputStream.nullOutputStream());
        BackgroundJsonWriter failing = new BackgroundJsonWriter(nowhere, "test");
        IOException thrown = assertThrows(IOException.class, () -> {
            for (int i = 0; i < 1_000; i++) {
                int n = i;
                failing.write(g -> {
                    if (n == 600) {
                        throw new IOException("disk full");
                    }
                    g.writeNumber(n);
                });
            }
            failing.finish();
        });
        assertEquals("disk full", thrown.getMessage());
    }

    @Test
    void aPageFindsTheLinkedRowsOfIdsAnotherToolStoredInCapitals(@TempDir Path dir) throws SQLException {
        Path file;
        try (RecordStore store = TestStores.create(dir)) {
            file = store.location();
            Topic topic = TypicalRecords.topic("Migrace", null);
            Person speaker = TypicalRecords.person("Vít", "Rakušan");
            List<StoredRecord> records = new ArrayList<>(List.of(topic, speaker));
            for (int i = 0; i < 700; i++) {
                Statement s = TypicalRecords.statement(speaker.id(), null, "Výrok č. " + i);
                records.add(new Statement(s.id(), s.speakerId(), s.date(), s.eventId(), s.text(), s.language(),
                        s.translation(), s.kind(), List.of(topic.id()), s.info()));
            }
            store.batches().write(records, AuditMode.STAMP);
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("UPDATE statement SET id = upper(id) WHERE substr(id, 1, 1) IN ('a', 'b', 'c', 'd', 'e', 'f')");
            s.execute("UPDATE statement_topic SET statement_id = upper(statement_id)"
                    + " WHERE substr(statement_id, 1, 1) IN ('a', 'b', 'c', 'd', 'e', 'f')");
        }
        try (RecordStore store = TestStores.opener().open(file, OpenMode.READ)) {
            List<Statement> paged = new ArrayList<>();
            store.statements().inIdOrder().forEach(paged::add);
            assertEquals(700, paged.size());
            assertTrue(paged.stream().allMatch(s -> s.topicIds().size() == 1), "every statement keeps its topic");
            assertEquals(700, paged.stream().map(Statement::id).distinct().count());
        }
    }
}
