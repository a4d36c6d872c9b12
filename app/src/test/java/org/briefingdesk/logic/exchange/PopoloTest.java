package org.briefingdesk.logic.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordCopies;
import org.briefingdesk.logic.records.RecordService;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Audit;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.testutil.TypicalRecords;
import org.briefingdesk.ui.StoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Popolo in and out on the two real files in test resources (see their SOURCE.md), checked by the Popolo schemas. */
class PopoloTest extends StoreFixture {
    private static final String ESTONIA = "estonia-riigikogu-ep-popolo-v1.0.json";
    private static final String IRELAND = "ireland-dail-ep-popolo-v1.0.json";

    private Path resource(String name) throws Exception {
        Path file = folder.resolve(name);
        try (InputStream in = PopoloTest.class.getResourceAsStream("/popolo/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static AppliedImport importInto(RecordStore store, Path file) {
        RecordImport importer = new RecordImport(store);
        return importer.apply(importer.preview(file, ImportFormat.POPOLO, ExchangeMonitor.NONE),
                new MergeDecisions(MergeDecisions.Policy.OURS), ExchangeMonitor.NONE);
    }

    private static long roles(RecordStore store) {
        return store.people().findAll().stream().mapToLong(p -> p.roles().size()).sum();
    }

    @ParameterizedTest
    @CsvSource({ESTONIA + ",193,8,299,16", IRELAND + ",226,15,324,34"})
    void importCountsPeopleOrganisationsRolesAndEventsAndAgainDuplicatesNothing(String name, long persons,
            long organisations, long memberships, long events) throws Exception {
        RecordStore store = newStore();
        Path file = resource(name);
        importInto(store, file);
        assertEquals(persons, store.people().count());
        assertEquals(organisations, store.organisations().count());
        assertEquals(memberships, roles(store));
        assertEquals(events, store.events().count());

        MergePlan again = new RecordImport(store).preview(file, ImportFormat.POPOLO, ExchangeMonitor.NONE);
        assertEquals(persons + organisations + events, again.count(MergeCategory.SAME));
        assertEquals(again.total(), again.count(MergeCategory.SAME), "nothing new, changed or duplicate");
    }

    @Test
    void aPersonsRolesCarryTheirDatesOrThoseOfTheirLegislativePeriod() throws Exception {
        RecordStore store = newStore();
        importInto(store, resource(ESTONIA));
        // Aadu Must: a member of the 12th Riigikogu (2011-03-27 to 2015-03-23) and of the 13th from 2015-03-30.
        Person must = store.people().findAll().stream().filter(p -> p.fullName().equals("Aadu Must")).findFirst()
                .orElseThrow();
        assertEquals("Aadu", must.givenName());
        assertEquals("Must", must.familyName());
        assertTrue(must.sources().stream().anyMatch(s -> s.title().equals("wikidata: Q12358062")), must.sources()
                .toString());
        List<LocalDate> starts = must.roles().stream().map(Role::from).sorted().toList();
        assertTrue(starts.contains(LocalDate.of(2011, 3, 27)), must.roles().toString());
        assertTrue(must.roles().stream().allMatch(r -> r.title().startsWith("member")), must.roles().toString());
        var riigikogu = store.organisations().findById(PopoloReader.idOf(RecordKind.ORGANISATION,
                "1ba661a9-22ad-4d0f-8a60-fe8e28f2488c")).orElseThrow();
        assertTrue(must.roles().stream().allMatch(r -> r.organisationId().equals(riigikogu.id())));
        Person irish = importedIrish();
        assertTrue(irish.roles().stream().allMatch(r -> r.from() != null), irish.roles().toString());
    }

    private Person importedIrish() throws Exception {
        RecordStore store = newStore();
        importInto(store, resource(IRELAND));
        return store.people().findAll().stream().filter(p -> p.familyName().equals("Ó Snodaigh")).findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({ESTONIA, IRELAND})
    void exportValidatesAgainstThePopoloSchemasAndImportsIntoAnEmptyFileAsTheSameRecords(String name) throws Exception {
        RecordStore first = newStore();
        importInto(first, resource(name));
        Path exported = folder.resolve("export-" + name);
        try (OutputStream out = Files.newOutputStream(exported)) {
            PopoloWriter.write(first, Sensitivity.SENSITIVE, out);
        }
        JsonNode root = new ObjectMapper().readTree(exported.toFile());
        JsonSchemas popolo = new JsonSchemas(SpecificationVersion.DRAFT_4, "http://www.popoloproject.com/schemas/",
                "popolo/schemas/");
        Map<String, String> schemas = Map.of("persons", "person", "organizations", "organization", "memberships",
                "membership", "events", "event");
        for (Map.Entry<String, String> part : schemas.entrySet()) {
            Schema schema = popolo.schema("http://www.popoloproject.com/schemas/" + part.getValue() + ".json#");
            assertTrue(root.get(part.getKey()).size() > 0 || part.getKey().equals("memberships"));
            for (JsonNode item : root.get(part.getKey())) {
                assertEquals(List.of(), schema.validate(item), part.getKey() + ": " + item);
            }
        }

        RecordStore second = newStore();
        importInto(second, exported);
        assertEquals(contents(first), contents(second));
    }

    private static Map<UUID, StoredRecord> contents(RecordStore store) {
        Map<UUID, StoredRecord> all = new HashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            store.repository(kind).findAll().forEach(r -> all.put(r.id(), RecordCopies.withAudit(r, Audit.NEW)));
        }
        return all;
    }

    @Test
    void aPersonWhoIsAlreadyHereIsProposedAsTheSame() throws Exception {
        RecordStore store = newStore();
        new RecordService(store, Localization
                .forLanguage("cs")).save(TypicalRecords.person("Aengus", "O Snodaigh"));
        MergePlan plan = new RecordImport(store).preview(resource(IRELAND), ImportFormat.POPOLO, ExchangeMonitor.NONE);
        assertEquals(1, plan.count(RecordKind.PERSON, MergeCategory.DUPLICATE));
        assertEquals("Ó Snodaigh", ((Person) plan.duplicates().get(0).theirs()).familyName());
    }

    @Test
    void aFileMissingARequiredFieldIsRefusedByNameAndWritesNothing() throws Exception {
        RecordStore store = newStore();
        String text = Files.readString(resource(ESTONIA)).replaceFirst("\"person_id\": \"[^\"]+\",", "");
        Path broken = Files.writeString(folder.resolve("broken.json"), text);
        ExchangeException e = assertThrows(ExchangeException.class, () -> importInto(store, broken));
        assertEquals("exchange.error.popoloMissing", e.key());
        assertTrue(e.localizedMessage(Localization.forLanguage("cs"))
                .contains("person_id"));
        assertEquals(0L, store.counts().values().stream().mapToLong(Long::longValue).sum());
        Path notJson = Files.writeString(folder.resolve("bad.json"), "{\"persons\": [");
        assertEquals("exchange.error.json", assertThrows(ExchangeException.class,
                () -> importInto(store, notJson)).key());
        Path other = Files.writeString(folder.resolve("other.json"), "{\"hello\": 1}");
        assertEquals("exchange.error.notPopolo", assertThrows(ExchangeException.class,
                () -> importInto(store, other)).key());
        assertEquals(0L, store.counts().values().stream().mapToLong(Long::longValue).sum());
    }
}
