package org.briefingdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordService;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Topic;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** {@code export} and {@code import} from the command line: exit codes, previews, refusals in one line. */
@ResourceLock(Locks.ROOT_LOGGER)
class ExchangeCommandsTest {
    @TempDir
    Path folder;

    private CliRun on(Path db, String... args) {
        return CliRun.on(db, TestStores.tickingOpener(), Path::of, args);
    }

    private Path sampleDb(String name) {
        Path db = folder.resolve(name);
        assertEquals(0, on(db, "sample").exitCode());
        return db;
    }

    @Test
    void aBundleGoesOutAndComesIntoAnEmptyFileWithADryRunFirst() throws Exception {
        Path source = sampleDb("source.db");
        Path bundle = folder.resolve("sample.bdesk");
        CliRun export = on(source, "export", "--format", "bundle", "--out", bundle.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.out().contains("Osoby"), export.out());

        Path target = folder.resolve("target.db");
        assertEquals(0, on(target, "init").exitCode());
        CliRun dryRun = on(target, "import", bundle.toString(), "--dry-run", "--json");
        assertEquals(0, dryRun.exitCode(), dryRun.err());
        JsonNode preview = new ObjectMapper().readTree(dryRun.out());
        assertTrue(preview.get("counts").get("people").get("new").asLong() > 0, dryRun.out());
        assertTrue(preview.get("written").isNull());
        assertTrue(on(target, "stats", "--json").out().contains("\"people\" : 0"), "the dry run wrote nothing");

        CliRun imported = on(target, "import", bundle.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(on(source, "stats", "--json").out().replace("source.db", "target.db"),
                on(target, "stats", "--json").out());
    }

    @Test
    void conflictsWithoutATerminalOrAChoiceAreListedAndNothingIsWritten() throws Exception {
        Path ours = sampleDb("ours.db");
        Path theirs = folder.resolve("theirs.db");
        Path first = folder.resolve("first.bdesk");
        assertEquals(0, on(ours, "export", "--format", "bundle", "--out", first.toString()).exitCode());
        assertEquals(0, on(theirs, "import", first.toString()).exitCode());
        editATopic(ours, "Náš popis.");
        editATopic(theirs, "Jejich popis.");
        Path second = folder.resolve("second.bdesk");
        assertEquals(0, on(theirs, "export", "--format", "bundle", "--out", second.toString()).exitCode());

        CliRun undecided = on(ours, "import", second.toString());
        assertEquals(1, undecided.exitCode());
        assertTrue(undecided.out().contains("Konflikt"), undecided.out());
        assertTrue(undecided.oneErrorLine().contains("--on-conflict"), undecided.err());
        CliRun json = on(ours, "import", second.toString(), "--dry-run", "--json");
        JsonNode conflict = new ObjectMapper().readTree(json.out()).get("conflicts").get(0);
        assertEquals("topics", conflict.get("kind").asText());
        assertEquals("description", conflict.get("fields").get(0).asText());

        CliRun theirsWin = on(ours, "import", second.toString(), "--on-conflict", "theirs");
        assertEquals(0, theirsWin.exitCode(), theirsWin.err());
        try (RecordStore store = TestStores.opener().open(ours, OpenMode.READ)) {
            assertTrue(store.topics().findAll().stream().anyMatch(t -> t.description().equals("Jejich popis.")));
        }
    }

    private static void editATopic(Path db, String description) {
        try (RecordStore store = TestStores.tickingOpener().open(db, OpenMode.WRITE)) {
            Topic t = store.topics().findAll().stream().min(Comparator.comparing(x -> x.id().toString()))
                    .orElseThrow();
            new RecordService(store, Localization.forLanguage("cs")).save(new Topic(t.id(), t.name(), t.nameEn(),
                    t.parentId(), description, t.info()));
        }
    }

    @Test
    void anExportNeverOverwritesTheDatabaseABackupOrADevice() throws Exception {
        Path db = sampleDb("desk.db");
        byte[] before = Files.readAllBytes(db);
        for (String out : new String[] {db.toString(), db + "-wal", folder.resolve("backups/x.bdesk").toString(),
            "/dev/null", folder.toString()}) {
            CliRun refused = on(db, "export", "--format", "bundle", "--out", out);
            assertEquals(1, refused.exitCode(), out);
            assertTrue(refused.oneErrorLine().contains(out), refused.err());
        }
        assertTrue(Arrays.equals(before, Files.readAllBytes(db)));
        Path other = sampleDb("other.db");
        assertEquals(1, on(db, "export", "--format", "bundle", "--out", other.toString()).exitCode(),
                "another Briefing Desk database");
    }

    @Test
    void aSearchResultGoesOutAsCsvAndXlsxWithCzechText() throws Exception {
        Path db = sampleDb("desk.db");
        Path csv = folder.resolve("hledani.csv");
        CliRun run = on(db, "export", "--format", "csv", "--query", "Rakušan", "--out", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFDruh;Název;Úryvek"), text);
        assertTrue(text.contains("Vít Rakušan"), text);
        Path xlsx = folder.resolve("lide.xlsx");
        assertEquals(0, on(db, "export", "--format", "xlsx", "--type", "osoba", "--out", xlsx.toString()).exitCode());
        try (var workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals(4, workbook.getSheetAt(0).getPhysicalNumberOfRows(), "a heading and the sample's 3 people");
        }
        assertEquals(1, on(db, "export", "--format", "csv", "--separator", "ab", "--out", csv.toString()).exitCode());
    }

    @Test
    void aParticipantListShowsItsMatchesAndIsAttachedToTheSummitWhenToldWhatToDoWithThem() throws Exception {
        Path db = sampleDb("desk.db");
        Path list = Files.writeString(folder.resolve("delegace.csv"), "Jméno a příjmení;Funkce\n"
                + "Vit Rakusan;ministr vnitra\nJana Nováková;poradkyně\n");
        String summit = SampleIds.SUMMIT.toString();
        CliRun undecided = on(db, "import", list.toString(), "--event", summit);
        assertEquals(1, undecided.exitCode());
        assertTrue(undecided.out().contains("Vít Rakušan"), undecided.out());
        CliRun imported = on(db, "import", list.toString(), "--event", summit, "--role", "accompanying",
                "--on-conflict", "ours");
        assertEquals(0, imported.exitCode(), imported.err());
        try (RecordStore store = TestStores.opener().open(db, OpenMode.READ)) {
            assertEquals(4, store.people().count(), "one new person, Rakušan matched");
            var participants = store.events().findById(SampleIds.SUMMIT).orElseThrow()
                    .participants();
            assertTrue(participants.stream().anyMatch(p -> p.personId().equals(
                    SampleIds.RAKUSAN)));
        }
        assertEquals(1, on(db, "import", list.toString(), "--role", "king", "--on-conflict", "ours").exitCode());
    }

    @Test
    void badOptionsAndFilesAreOneLineAndExitOne() throws Exception {
        Path db = sampleDb("desk.db");
        Path junk = Files.writeString(folder.resolve("junk.bdesk"), "{}");
        for (String[] args : new String[][] {
            {"import", junk.toString()},
            {"import", folder.resolve("missing.bdesk").toString()},
            {"import", junk.toString(), "--on-conflict", "never"},
            {"import", folder.resolve("list.txt").toString()},
            {"export", "--format", "pdf", "--out", folder.resolve("x").toString()},
            {"export", "--format", "bundle", "--id", "nope", "--out", folder.resolve("x").toString()},
            {"export", "--format", "bundle", "--from", "2026-01-01", "--to", "2025-01-01", "--out",
                folder.resolve("x").toString()}}) {
            CliRun run = on(db, args);
            assertEquals(1, run.exitCode(), String.join(" ", args) + ": " + run.err());
            assertFalse(run.oneErrorLine().isBlank());
        }
    }
}
