package org.briefingdesk.logic.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.StoreFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every bad bundle gets one sentence naming the file and what is wrong, and the database stays as it was. */
class BundleBadInputTest extends StoreFixture {
    private static final Localization CS = Localization.forLanguage("cs");

    private RecordStore store;
    private String good;
    private Map<RecordKind, Long> countsBefore;

    @BeforeEach
    void sampleAndItsBundle() throws Exception {
        RecordStore source = sampleStore();
        Path bundle = folder.resolve("good.bdesk");
        BundleFiles.export(source, bundle);
        good = BundleFiles.recordsJson(bundle);
        store = newStore();
        countsBefore = store.counts();
    }

    /** Imports the file, expects a refusal with this key, and returns its sentence. */
    private String refused(Path file, String key) {
        ExchangeException e = assertThrows(ExchangeException.class, () -> {
            RecordImport importer = new RecordImport(store);
            importer.apply(importer.preview(file, ImportFormat.BUNDLE, ExchangeMonitor.NONE),
                    new MergeDecisions(MergeDecisions.Policy.OURS), ExchangeMonitor.NONE);
        });
        assertEquals(key, e.key(), e.localizedMessage(CS));
        assertEquals(countsBefore, store.counts(), "the database is unchanged");
        String sentence = e.localizedMessage(CS);
        assertTrue(sentence.contains(file.getFileName().toString()), sentence);
        assertEquals(1, sentence.lines().count(), sentence);
        return sentence;
    }

    @Test
    void malformedJsonNamesItsLine() throws Exception {
        String broken = good.replaceFirst("\"people\":\\[", "\"people\":[{,");
        String sentence = refused(BundleFiles.write(folder.resolve("broken.bdesk"), broken), "exchange.error.json");
        assertTrue(sentence.contains("řádku"), sentence);
    }

    @Test
    void aNewerFormatVersionIsRefused() throws Exception {
        Path file = BundleFiles.write(folder.resolve("newer.bdesk"), good.getBytes(StandardCharsets.UTF_8),
                m -> m.put("formatVersion", BundleFormat.VERSION + 1), Map.of());
        assertTrue(refused(file, "exchange.error.newer").contains(String.valueOf(BundleFormat.VERSION + 1)));
    }

    @Test
    void aWrongChecksumIsRefused() throws Exception {
        Path file = BundleFiles.write(folder.resolve("changed.bdesk"), good.getBytes(StandardCharsets.UTF_8),
                m -> m.put("sha256", "0".repeat(64)), Map.of());
        refused(file, "exchange.error.checksum");
    }

    @Test
    void anEntryWhosePathLeavesTheFolderIsRefused() throws Exception {
        Path file = BundleFiles.write(folder.resolve("slip.bdesk"), good.getBytes(StandardCharsets.UTF_8), m -> { },
                Map.of("../../etc/cron.d/evil", "x".getBytes(StandardCharsets.UTF_8)));
        assertTrue(refused(file, "exchange.error.unsafePath").contains("../../etc/cron.d/evil"));
        assertTrue(Files.notExists(folder.resolve("../etc")));
    }

    @Test
    void aCompressionBombIsRefusedBeforeItUnpacks() throws Exception {
        // 60 MB of spaces after the JSON: 1,000 times the file's size once packed.
        ByteArrayOutputStream records = new ByteArrayOutputStream();
        records.write(good.getBytes(StandardCharsets.UTF_8));
        records.write(" ".repeat(60 << 20).getBytes(StandardCharsets.US_ASCII));
        Path file = BundleFiles.write(folder.resolve("bomb.bdesk"), records.toByteArray(), m -> { }, Map.of());
        assertTrue(Files.size(file) * BundleReader.MAX_RATIO < records.size());
        refused(file, "exchange.error.tooLarge");
    }

    @Test
    void anIdTwiceInOneFileIsRefused() throws Exception {
        String topicLine = good.lines().filter(l -> l.contains("\"name\"") && l.contains("\"nameEn\"")).findFirst()
                .orElseThrow();
        String doubled = good.replace(topicLine, topicLine.endsWith(",") ? topicLine + "\n" + topicLine
                : topicLine + ",\n" + topicLine);
        refused(BundleFiles.write(folder.resolve("twice.bdesk"), doubled), "exchange.error.duplicateId");
    }

    @Test
    void aReferenceToARecordNeitherInTheFileNorHereIsRefused() throws Exception {
        String line = good.lines().filter(l -> l.contains("\"speaker\":\"")).findFirst().orElseThrow();
        String speaker = line.replaceAll(".*\"speaker\":\"([^\"]+)\".*", "$1");
        String dangling = good.replace("\"speaker\":\"" + speaker + "\"", "\"speaker\":\"" + UUID.randomUUID() + "\"");
        assertTrue(refused(BundleFiles.write(folder.resolve("dangling.bdesk"), dangling), "exchange.error.dangling")
                .contains("speaker"));
    }

    @Test
    void aDateThatDoesNotExistIsRefusedWithItsField() throws Exception {
        String invalid = good.replaceFirst("\"startDate\":\"\\d{4}-\\d{2}-\\d{2}\"", "\"startDate\":\"2025-02-30\"");
        String sentence = refused(BundleFiles.write(folder.resolve("date.bdesk"), invalid), "exchange.error.value");
        assertTrue(sentence.contains("2025-02-30") && sentence.contains("startDate"), sentence);
    }

    @Test
    void aRecordTheSchemaRefusesIsNamedWithItsLine() throws Exception {
        String invalid = good.replaceFirst("\"kind\":\"summit\"", "\"kind\":\"party\"");
        String sentence = refused(BundleFiles.write(folder.resolve("schema.bdesk"), invalid), "exchange.error.schema");
        assertTrue(sentence.contains("events"), sentence);
    }

    @Test
    void somethingThatIsNotABundleIsRefused() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.bdesk"), "not a zip");
        refused(text, "exchange.error.notBundle");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write(1);
        }
        refused(Files.write(folder.resolve("other.bdesk"), bytes.toByteArray()), "exchange.error.notBundle");
    }

    @Test
    void invalidUtf8IsRefusedAsBrokenJson() throws Exception {
        byte[] bytes = good.getBytes(StandardCharsets.UTF_8);
        int at = good.indexOf("Cooper");
        bytes[at] = (byte) 0xC3;
        bytes[at + 1] = (byte) 0x28;
        refused(BundleFiles.write(folder.resolve("utf8.bdesk"), bytes, m -> { }, Map.of()), "exchange.error.json");
    }
}
