package org.briefingdesk.logic.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.briefingdesk.logic.search.SearchService;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.ui.StoreFixture;
import org.junit.jupiter.api.Test;

/** A bundle carries every record losslessly: exported, imported into an empty file, exported again, byte for byte. */
class BundleRoundTripTest extends StoreFixture {
    @Test
    void exportImportIntoAnEmptyFileAndExportAgainGivesTheSameBundleJson() throws Exception {
        RecordStore sample = sampleStore();
        Path first = folder.resolve("first.bdesk");
        Manifest manifest = BundleFiles.export(sample, first);

        RecordStore empty = newStore();
        MergePlan plan = new RecordImport(empty).preview(first, ImportFormat.BUNDLE, ExchangeMonitor.NONE);
        assertEquals(sample.counts().values().stream().mapToLong(Long::longValue).sum(), plan.count(MergeCategory.NEW));
        new RecordImport(empty).apply(plan, new MergeDecisions(MergeDecisions.Policy.OURS), ExchangeMonitor.NONE);
        Path second = folder.resolve("second.bdesk");
        BundleFiles.export(empty, second);

        String json = BundleFiles.recordsJson(first);
        assertEquals(json, BundleFiles.recordsJson(second));
        assertEquals(sample.counts(), empty.counts());
        assertEquals(manifest.total(), empty.counts().values().stream().mapToLong(Long::longValue).sum());
        // Czech text, aliases, audit and search survive: the imported Cooper is found by her Czech alias.
        assertTrue(json.contains("Cooperová"));
        for (RecordKind kind : RecordKind.values()) {
            for (StoredRecord record : sample.repository(kind).findAll()) {
                assertEquals(record, empty.findRecord(record.id()).orElseThrow(), "lossless: " + record.id());
            }
        }
        assertTrue(new SearchService(empty.search()).search("Cooperovou", 10).total() > 0);
    }

    @Test
    void theManifestCountsEveryKindAndTheBundleValidatesAgainstThePublishedSchema() throws Exception {
        RecordStore sample = sampleStore();
        Path bundle = folder.resolve("sample.bdesk");
        Manifest manifest = BundleFiles.export(sample, bundle);

        var node = new ObjectMapper().readTree(BundleFiles.entry(bundle, BundleFormat.MANIFEST_ENTRY));
        assertEquals(BundleFormat.VERSION, node.get("formatVersion").asInt());
        assertEquals(manifest.sha256(), node.get("sha256").asText());
        for (Map.Entry<RecordKind, Long> count : sample.counts().entrySet()) {
            assertEquals(count.getValue(), node.get("counts").get(BundleFormat.arrayName(count.getKey())).asLong());
        }
        var schema = new JsonSchemas(SpecificationVersion.DRAFT_2020_12,
                "https://briefing-desk.invalid/schema/", "org/briefingdesk/exchange/")
                .schema("https://briefing-desk.invalid/schema/bundle.schema.json");
        assertEquals(List.of(), schema.validate(new ObjectMapper().readTree(BundleFiles.entry(bundle,
                BundleFormat.RECORDS_ENTRY))));
    }

    @Test
    void theSchemaTheBuildReadsIsTheOnePublishedInDocs() throws Exception {
        byte[] published = Files.readAllBytes(Path.of("../docs/bundle.schema.json"));
        try (var in = BundleRoundTripTest.class.getResourceAsStream(BundleFormat.SCHEMA_RESOURCE)) {
            assertEquals(new String(published, StandardCharsets.UTF_8),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aSensitiveRecordStaysBehindWithWhatRefersToItAndIsCounted() throws Exception {
        RecordStore sample = sampleStore();
        StoredRecord sideMeeting = sample.events().findAll().stream()
                .filter(e -> e.sensitivity() != Sensitivity.PUBLIC).findFirst()
                .map(StoredRecord.class::cast).orElseGet(() -> {
                    var e = sample.events().findAll().get(0);
                    return sample.events().save(new Event(e.id(), e.kind(), e.title(),
                            e.startDate(), e.endDate(), e.city(), e.countryCode(), e.organiserId(),
                            e.participatingCountries(), e.summary(), e.parentId(), e.participants(), e.topicIds(),
                            e.notes(), e.info().withSensitivity(Sensitivity.SENSITIVE)));
                });
        Path bundle = folder.resolve("public.bdesk");
        Manifest manifest;
        try (var out = Files.newOutputStream(bundle)) {
            manifest = new BundleExport(sample).write(ExportScope.everything()
                    .withMaxSensitivity(Sensitivity.PUBLIC), out, "test",
                    Instant.EPOCH, ExchangeMonitor.NONE);
        }
        assertTrue(manifest.omitted() >= 1);
        assertTrue(!BundleFiles.recordsJson(bundle).contains(sideMeeting.id().toString()));
        assertEquals(manifest.total() + manifest.omitted(),
                sample.counts().values().stream().mapToLong(Long::longValue).sum());
        // What stays behind leaves nothing dangling: the bundle imports into an empty file.
        RecordStore empty = newStore();
        var plan = new RecordImport(empty).preview(bundle, ImportFormat.BUNDLE, ExchangeMonitor.NONE);
        new RecordImport(empty).apply(plan, new MergeDecisions(MergeDecisions.Policy.OURS), ExchangeMonitor.NONE);
        assertEquals(manifest.total(), empty.counts().values().stream().mapToLong(Long::longValue).sum());
    }
}
