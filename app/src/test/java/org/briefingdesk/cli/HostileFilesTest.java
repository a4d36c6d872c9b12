package org.briefingdesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.BackupInfo;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.RestorePlan;
import org.briefingdesk.logic.store.Storage;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.Topic;
import org.briefingdesk.persistence.ChildWriter;
import org.briefingdesk.persistence.SortKeys;
import org.briefingdesk.testutil.DocumentText;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.testutil.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * What a hostile tester did to the command line and its files, one test per case: outputs aimed at the
 * database, empty and foreign files, rotation after a file was emptied, restores from a copy with its
 * data in the WAL or onto a foreign file, refused files, readers beside a writer, hostile record text,
 * links where our files go, killed runs' temporary files, values another tool wrote, and the outcomes
 * that used to be exit code 2. Everything is read and written in a temporary folder.
 */
@ResourceLock(Locks.ROOT_LOGGER)
class HostileFilesTest {
    @TempDir
    Path folder;
    private Storage storage;

    @BeforeEach
    void tickingClock() {
        storage = TestStores.storage(TestStores.ticking());
    }

    private Path db() {
        return folder.resolve("X.db");
    }

    private CliRun run(String... args) {
        return CliRun.on(db(), storage, args);
    }

    private CliRun ok(String... args) {
        CliRun run = run(args);
        assertEquals(0, run.exitCode(), () -> String.join(" ", args) + ": " + run.err());
        return run;
    }

    /** Exit code 1 and one line on standard error; returns the line. */
    private String refused(String... args) {
        CliRun run = run(args);
        assertEquals(1, run.exitCode(), () -> String.join(" ", args) + " should be refused: " + run.out() + run.err());
        return run.oneErrorLine();
    }

    private List<BackupInfo> backups() {
        return storage.files().backups(db());
    }

    // --- 1. An output never replaces the database ---

    @Test
    void case1AnOutputNeverReplacesTheDatabaseItsFilesABackupOrADevice() throws Exception {
        ok("sample");
        ok("backup");
        byte[] database = Files.readAllBytes(db());
        Path backup = backups().get(0).file();
        byte[] backupBytes = Files.readAllBytes(backup);
        Path fifo = folder.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path linkToNull = Files.createSymbolicLink(folder.resolve("pack.html"), Path.of("/dev/null"));
        Path other = folder.resolve("other.db");
        CliRun.on(other, storage, "init");
        for (Path target : List.of(db(), Path.of(db() + "-wal"), Path.of(db() + ".lock"), backup,
                backup.resolveSibling("new.html"), other, Path.of("/dev/null"), Path.of("/dev/stdout"), fifo,
                linkToNull)) {
            String line = refused("briefing", "--person", "Cooper", "--format", "html", "--out", target.toString());
            assertTrue(line.contains(target.toString()), line);
        }
        assertArrayEquals(database, Files.readAllBytes(db()));
        assertArrayEquals(backupBytes, Files.readAllBytes(backup));
        assertTrue(Files.isSymbolicLink(linkToNull));
        assertEquals("29", stat("Celkem"));
    }

    private String stat(String label) {
        return ok("stats").out().lines().filter(l -> l.strip().startsWith(label)).findFirst().orElseThrow()
                .replaceAll("[^0-9]", "");
    }

    // --- 2. An empty file is not a new database ---

    @Test
    void case2AnEmptiedFileIsDamagedNamesItsBackupAndNothingRotatesItsBackupsAway() throws IOException {
        ok("sample");
        ok("backup");
        long recordsInBackups = backups().stream().mapToLong(BackupInfo::total).max().orElseThrow();
        Files.write(db(), new byte[0]); // truncate -s 0
        Files.deleteIfExists(Path.of(db() + "-wal"));
        for (String[] reading : List.<String[]>of(new String[] {"stats"}, new String[] {"search", "Cooper"},
                new String[] {"show", SampleIds.COOPER.toString()}, new String[] {"briefing", "--person", "Cooper",
                    "--format", "html", "--out", folder.resolve("p.html").toString()})) {
            String line = refused(reading);
            assertTrue(line.contains("prázdný") && line.contains("29"), line);
            assertEquals(0, Files.size(db()), "no reading command writes to the file");
        }
        assertTrue(refused("check").contains("prázdný"));
        for (int i = 0; i < 11; i++) {
            refused("backup");
        }
        assertTrue(backups().stream().anyMatch(b -> b.total() == recordsInBackups), backups().toString());
        assertEquals(0, Files.size(db()));
        ok("restore", backups().stream().filter(b -> b.total() == recordsInBackups).findFirst().orElseThrow()
                .file().toString());
        assertEquals("29", stat("Celkem"));
    }

    @Test
    void case2AnEmptyFileWithoutBackupsIsNotADatabaseUntilInitMakesOne() throws IOException {
        Files.write(db(), new byte[0]);
        assertTrue(refused("stats").contains("init"));
        assertEquals(0, Files.size(db()));
        ok("init");
        assertEquals("0", stat("Celkem"));
    }

    // --- 3. Rotation never leaves less recoverable than before ---

    @Test
    void case3RotationKeepsTheFullestBackupWhenTheRecordsAreGone() throws SQLException {
        ok("sample");
        ok("backup");
        long fullest = backups().stream().mapToLong(BackupInfo::total).max().orElseThrow();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); var s = c.createStatement()) {
            SortKeys.register(c); // a tool that changes names and texts needs the application's sort keys
            s.execute("PRAGMA foreign_keys = ON");
            for (String table : List.of("commitment", "statement", "report", "event", "person", "organisation",
                    "topic")) {
                s.execute("DELETE FROM " + table); // emptied by mistake, by another tool
            }
        }
        for (int i = 0; i < 12; i++) {
            ok("backup");
        }
        assertTrue(backups().size() <= 12, "rotation still works: " + backups().size());
        assertTrue(backups().stream().anyMatch(b -> b.total() == fullest), "the backup with the records stays");
    }

    // --- 4. Restore reads what SQLite reads ---

    @Test
    void case4ARestoreFromACopyWithItsDataInTheWalRestoresThatData() throws Exception {
        ok("sample");
        Path copy = folder.resolve("copy").resolve("copy.db");
        Files.createDirectories(copy.getParent());
        try (RecordStore writer = storage.opener().open(db(), OpenMode.WRITE)) {
            for (int i = 0; i < 40; i++) {
                writer.topics().save(RecordBuilder.aTopic().with(Topic::name, "Téma " + i).build());
            }
            Files.copy(db(), copy); // the file alone still has 16 topics: the 40 are in its WAL
            Files.copy(Path.of(db() + "-wal"), Path.of(copy + "-wal"));
        }
        Path sixteenTopics = backups().stream().filter(b -> b.counts().get(RecordKind.TOPIC) == 16).findFirst()
                .orElseThrow().file();
        ok("restore", sixteenTopics.toString(), "--force"); // back to 16 topics
        assertEquals("16", stat("Témata"));
        CliRun restore = ok("restore", copy.toString());
        assertTrue(restore.out().lines().anyMatch(l -> l.matches("\\s*Témata\\s+16\\s+56")), restore.out());
        assertEquals("56", stat("Témata"));
    }

    // --- 5. A failed restore never blocks recovery ---

    @Test
    void case5AForeignCurrentFileIsMovedAsideAndTheRestoreGoesOn() throws Exception {
        ok("sample");
        ok("backup");
        Path good = backups().get(0).file();
        Path foreign = foreignDatabase(folder.resolve("other-program.db"), false);
        assertTrue(refused("restore", foreign.toString(), "--force").contains("jiného programu"));
        assertEquals("29", stat("Celkem"), "a foreign file is no backup");

        Files.copy(foreign, db(), StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(Path.of(db() + "-wal"));
        ok("restore", good.toString());
        assertEquals("29", stat("Celkem"));
        try (Stream<Path> files = Files.list(folder)) {
            Path kept = files.filter(p -> p.getFileName().toString().startsWith("X.db.damaged-")).findFirst()
                    .orElseThrow();
            assertArrayEquals(Files.readAllBytes(foreign), Files.readAllBytes(kept), "the foreign file is kept");
        }
        ok("restore", good.toString()); // and again: nothing blocks the next one
    }

    /** Another program's SQLite database: a table of its own, no application id. */
    private static Path foreignDatabase(Path file, boolean wal) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            if (wal) {
                s.execute("PRAGMA journal_mode = WAL");
            }
            s.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)");
            s.execute("INSERT INTO notes(text) VALUES ('nákup'), ('porada')");
        }
        return file;
    }

    // --- 6. A refused file is not touched ---

    @Test
    void case6AnotherProgramsDatabaseIsRefusedAndLeftExactlyAsItWas() throws Exception {
        for (boolean wal : List.of(false, true)) {
            Path foreign = foreignDatabase(folder.resolve("other-" + wal + ".db"), wal);
            byte[] before = Files.readAllBytes(foreign);
            List<Path> beside = listing();
            for (String[] args : List.<String[]>of(new String[] {"stats"}, new String[] {"backup"},
                    new String[] {"sample"}, new String[] {"init"}, new String[] {"check"})) {
                CliRun run = CliRun.on(foreign, storage, args);
                assertEquals(1, run.exitCode(), () -> String.join(" ", args) + ": " + run.err());
                assertTrue(run.oneErrorLine().contains("jiného programu"), run.err());
            }
            assertArrayEquals(before, Files.readAllBytes(foreign), "header and content unchanged");
            List<Path> after = listing();
            after.removeIf(p -> p.getFileName().toString().equals("logs"));
            beside.removeIf(p -> p.getFileName().toString().equals("logs"));
            assertEquals(beside, after, "no lock, -wal or -shm file beside it");
        }
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.sorted().toList());
        }
    }

    // --- Readers beside a writer ---

    @Test
    void readingCommandsWorkWhileAnotherProcessWritesAndWritingCommandsWait() throws Exception {
        ok("sample");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ChildWriter.class.getName(), "loop", db().toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader committed = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals(36, committed.readLine().length(), "the writer is writing");
            ok("stats");
            ok("search", "Cooper");
            ok("show", SampleIds.COOPER.toString());
            ok("briefing", "--person", "Cooper", "--format", "pdf", "--out", folder.resolve("cooper.pdf").toString());
            ok("check");
            ok("backup", "--list");
            assertTrue(writer.isAlive(), "and it is still writing");
            assertTrue(committed.readLine() != null);
            assertTrue(refused("backup").contains("zapisuje jiná kopie"));
        } finally {
            writer.toHandle().destroyForcibly();
            writer.waitFor(10, TimeUnit.SECONDS);
        }
    }

    // --- Security ---

    @Test
    void terminalOutputShowsControlCharactersAndNeutralisesBidiWhileSearchFindsTheWords() {
        ok("sample");
        String hostile = "Faktura\u202Efdp.exe\u202C prijata \u001B]0;pwned\u0007 konec\u0000 radku\rprepsano";
        UUID id;
        try (RecordStore store = storage.opener().open(db(), OpenMode.WRITE)) {
            id = store.statements().save(RecordBuilder.aStatement().with(Statement::speakerId, SampleIds.COOPER)
                    .with(Statement::text, hostile)
                    .build()).id();
        }
        for (CliRun run : List.of(ok("show", id.toString()), ok("search", "faktura"), ok("search", "fdp"),
                ok("search", "prijata", "--json"), ok("stats"))) {
            String out = run.out() + run.err();
            for (char c : new char[] {'\u001B', '\u0007', '\u0000', '\u202E', '\u202C', '\r'}) {
                assertEquals(-1, out.indexOf(c), () -> "raw U+" + Integer.toHexString(c) + " in:\n" + out);
            }
        }
        String shown = ok("show", id.toString()).out();
        assertTrue(shown.contains("^[]0;pwned^G") && shown.contains("<U+202E>") && shown.contains("^@"), shown);
        assertTrue(ok("search", "fdp").out().contains(id.toString()), "the word after the override is found");
        assertTrue(ok("search", "prijata", "--json").out().contains("\\u202e"), "JSON escapes it");
    }

    @Test
    void documentsNeutraliseBidiOverridesAndControlCharacters() throws IOException {
        ok("sample");
        try (RecordStore store = storage.opener().open(db(), OpenMode.WRITE)) {
            store.statements().save(RecordBuilder.aStatement().with(Statement::speakerId, SampleIds.COOPER)
                    .with(Statement::text, "Příloha \u202Efdp.exe a \u001B[31m červeně").build());
        }
        for (String format : List.of("html", "docx", "pdf")) {
            Path out = folder.resolve("cooper." + format);
            ok("briefing", "--person", "Cooper", "--format", format, "--out", out.toString());
            String text = DocumentText.of(out);
            assertFalse(text.contains("\u202E") || text.contains("\u001B"), format + " keeps raw controls");
            assertTrue(text.contains("<U+202E>fdp.exe") && text.contains("^[[31m"), format + ":\n" + text);
        }
    }

    @Test
    void theLogNeverFollowsALinkPlantedInItsPlace() throws IOException {
        Path victim = Files.writeString(folder.resolve("victim.txt"), "do not touch");
        Files.setPosixFilePermissions(victim, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createDirectories(folder.resolve("logs"));
        Files.createSymbolicLink(folder.resolve("logs").resolve("briefing-desk.log"), victim);
        ok("sample");
        refused("show", "not-an-id");
        assertEquals("do not touch", Files.readString(victim));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(victim)));

        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));
        Path other = folder.resolve("second").resolve("Y.db");
        Files.createDirectories(other.getParent());
        Files.createSymbolicLink(other.getParent().resolve("logs"), elsewhere);
        assertEquals(0, CliRun.on(other, storage, "sample").exitCode());
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertEquals(0, files.count(), "nothing was written through the linked folder");
        }
    }

    @Test
    void temporaryFilesArePrivateGoneAfterAFailureAndStaleOnesSwept() throws Exception {
        ok("sample");
        ok("backup");
        Path backupsFolder = backups().get(0).file().getParent();
        Path killedBackup = Files.writeString(backupsFolder.resolve("X-20250401-080000-000-manual.db.part"), "half");
        Path killedRestore = Files.writeString(folder.resolve(".X.db.123456.restoring"), "half");
        Path killedPack = Files.writeString(folder.resolve(".pack.pdf.987654.part"), "half");
        Files.setLastModifiedTime(killedPack, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path someoneElses = Files.writeString(backupsFolder.resolve("notes.part"), "keep");

        ok("backup"); // a writer starts: what killed runs on this file left goes
        assertFalse(Files.exists(killedBackup));
        assertFalse(Files.exists(killedRestore));
        assertTrue(Files.exists(someoneElses));
        ok("briefing", "--person", "Cooper", "--format", "pdf", "--out", folder.resolve("pack.pdf").toString());
        assertFalse(Files.exists(killedPack), "a day-old pack part beside a new pack goes");
        for (Path file : List.of(db(), backups().get(0).file(), folder.resolve("pack.pdf"))) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                    file.toString());
        }

        // A restore that fails leaves no incoming copy behind.
        Path source = backups().get(0).file();
        RestorePlan plan = storage.files().plan(db(), source);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source); var s = c.createStatement()) {
            s.execute("INSERT INTO topic(id, name, sensitivity, created_at, created_by, updated_at, updated_by)"
                    + " VALUES ('" + UUID.randomUUID() + "', 'pozdější', 'PUBLIC', '2025-04-02T00:00:00Z', 't',"
                    + " '2025-04-02T00:00:00Z', 't')"); // the backup changed after its preview
        }
        StoreException e = assertThrows(StoreException.class,
                () -> storage.files().restore(plan, true));
        assertEquals("error.restore.mismatch", e.key());
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".restoring")));
        }
        assertEquals("29", stat("Celkem"), "the database is as it was");
    }

    @Test
    void aStoredValueThatDoesNotReadNeverPutsTheRecordTextInTheLog() throws Exception {
        ok("sample");
        String secret = "TAJNE: schuzka v Bruselu";
        plantInvalidValues(secret);
        ok("show", SampleIds.SUMMIT.toString());
        ok("show", SampleIds.RAKUSAN_STATEMENT.toString());
        ok("briefing", "--event", SampleIds.SUMMIT.toString(), "--format", "html", "--out",
                folder.resolve("s.html").toString());
        ok("search", "summit");
        refused("check");
        ok("sample"); // which writes the sample's own values back over them
        ok("check");
        String log = Files.readString(folder.resolve("logs").resolve("briefing-desk.log"), StandardCharsets.UTF_8);
        assertFalse(log.contains("TAJNE") || log.contains("Bruselu"), log);
        assertTrue(log.contains("start_date") && log.contains("sources"), "where, not what:\n" + log);
    }

    /** What another tool might write: an impossible date, broken JSON, a kind that is none; secret text in each. */
    private void plantInvalidValues(String secret) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); var s = c.createStatement()) {
            s.execute("PRAGMA ignore_check_constraints = ON");
            s.execute("UPDATE event SET start_date = '" + secret + "', end_date = '2025-02-30' WHERE id = '"
                    + SampleIds.SUMMIT + "'");
            s.execute("UPDATE statement SET sources = '{" + secret + "', kind = '" + secret + "' WHERE id = '"
                    + SampleIds.RAKUSAN_STATEMENT + "'");
        }
    }

    // --- Clear outcomes instead of exit code 2 ---

    @Test
    void aReversedPeriodIsAUserError() {
        ok("sample");
        String line = refused("briefing", "--person", "Cooper", "--from", "2026-01-01", "--to", "2025-01-01",
                "--format", "pdf", "--out", folder.resolve("p.pdf").toString());
        assertTrue(line.contains("2026-01-01") && line.contains("2025-01-01"), line);
    }

    @Test
    void aQuoteInTheDatabasePathIsJustACharacter() throws IOException {
        Path quoted = folder.resolve("q\"uote").resolve("demo.db");
        Files.createDirectories(quoted.getParent());
        for (String[] args : List.<String[]>of(new String[] {"sample"}, new String[] {"stats"},
                new String[] {"backup"}, new String[] {"check"}, new String[] {"show", SampleIds.COOPER.toString()})) {
            CliRun run = CliRun.on(quoted, storage, args);
            assertEquals(0, run.exitCode(), () -> args[0] + ": " + run.err());
        }
        List<BackupInfo> made = storage.files().backups(quoted);
        assertFalse(made.isEmpty(), "backups are made");
        assertEquals(0, CliRun.on(quoted, storage, "restore", made.get(0).file().toString()).exitCode());
    }

    @Test
    void invalidStoredValuesShowAsInvalidAndCheckNamesThemByKindAndId() throws Exception {
        ok("sample");
        plantInvalidValues("2025-02-30");
        String summit = ok("show", SampleIds.SUMMIT.toString()).out();
        assertTrue(summit.contains("Začátek: ⚠ neplatná uložená hodnota"), summit);
        String statement = ok("show", SampleIds.RAKUSAN_STATEMENT.toString()).out();
        assertTrue(statement.contains("Zdroje: ⚠ neplatná") && statement.contains("Druh: ⚠ neplatná"), statement);
        ok("briefing", "--event", SampleIds.SUMMIT.toString(), "--format", "pdf", "--out",
                folder.resolve("s.pdf").toString());
        CliRun check = run("check");
        assertEquals(1, check.exitCode());
        assertTrue(check.out().contains("akce " + SampleIds.SUMMIT + ": začátek"), check.out());
        assertTrue(check.out().contains("výrok " + SampleIds.RAKUSAN_STATEMENT + ": zdroje"), check.out());
        assertTrue(check.oneErrorLine().contains("neplatn"), check.err());
    }

    @Test
    void aSearchIndexThatNoLongerMatchesIsNamedAndRepaired() throws Exception {
        ok("sample");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); var s = c.createStatement()) {
            SortKeys.register(c);
            s.execute("UPDATE person SET family_name = 'Nováková', updated_at = '2026-01-01T00:00:00Z' WHERE id = '"
                    + SampleIds.COOPER + "'");
            s.execute("DELETE FROM search_meta WHERE record_id = '" + SampleIds.RAKUSAN + "'");
        }
        CliRun check = run("check");
        assertEquals(1, check.exitCode());
        assertTrue(check.out().contains("osoba " + SampleIds.COOPER), check.out());
        assertTrue(check.out().contains("osoba " + SampleIds.RAKUSAN), check.out());
        assertTrue(check.oneErrorLine().contains("--repair"), check.err());
        CliRun repaired = ok("check", "--repair");
        assertTrue(repaired.out().contains("znovu sestaven"), repaired.out());
        ok("check");
        assertTrue(ok("search", "novakova").out().contains(SampleIds.COOPER.toString()));
    }

    @Test
    void checkGivesEmptyForeignAndNonDatabaseFilesTheirOwnSentence() throws Exception {
        Files.write(db(), new byte[0]);
        assertTrue(refused("check").contains("prázdný"));
        Files.writeString(db(), "just some notes, not a database");
        assertTrue(refused("check").contains("není databáze SQLite"));
        Files.delete(db());
        foreignDatabase(db(), false);
        assertTrue(refused("check").contains("jiného programu"));
    }

    @Test
    void checkOfAFileItCannotReadSaysSoAndNotDamaged() throws Exception {
        assumeTrue(ChildCli.available(ChildCli.UNPRIVILEGED), "no user namespaces here");
        ok("sample");
        Files.setPosixFilePermissions(db(), PosixFilePermissions.fromString("---------"));
        String output = ChildCli.run(ChildCli.UNPRIVILEGED, folder,
                "$BD --db \"$DIR/X.db\" check; echo \"exit=$?\"; $BD --db \"$DIR/X.db\" stats; echo \"exit=$?\"");
        Files.setPosixFilePermissions(db(), PosixFilePermissions.fromString("rw-------"));
        assertTrue(output.contains("oprávnění") && !output.contains("je poškozená"), output);
        assertEquals(List.of("exit=1", "exit=1"), output.lines().filter(l -> l.startsWith("exit=")).toList(), output);
        assertEquals("29", stat("Celkem"));
    }

    @Test
    void checkAndReadingCommandsWorkInAReadOnlyFolder() throws Exception {
        assumeTrue(ChildCli.available(ChildCli.UNPRIVILEGED), "no user namespaces here");
        ok("sample");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        String output;
        try {
            output = ChildCli.run(ChildCli.UNPRIVILEGED, folder, "$BD --db \"$DIR/X.db\" check; echo \"exit=$?\";"
                    + " $BD --db \"$DIR/X.db\" stats; echo \"exit=$?\"");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        assertTrue(output.contains("v pořádku") && output.contains("Celkem: 29"), output);
        assertEquals(List.of("exit=0", "exit=0"), output.lines().filter(l -> l.startsWith("exit=")).toList(), output);
    }

    @Test
    void aFullDiskSaysSoWithTheRoomNeededAndCheckStillReads() throws Exception {
        assumeTrue(ChildCli.available(ChildCli.OWN_MOUNTS), "no mount namespaces here");
        Path disk = Files.createDirectories(folder.resolve("small-disk"));
        String output = ChildCli.run(ChildCli.OWN_MOUNTS, disk, String.join("\n",
                "mount -t tmpfs -o size=4m tmpfs \"$DIR\" || exit 9",
                "$BD --db \"$DIR/x.db\" sample > /dev/null; echo \"sample=$?\"",
                "avail=$(df -k \"$DIR\" | awk 'NR==2 {print $4}')",
                "head -c $(( (avail - 8) * 1024 )) /dev/zero > \"$DIR/filler\" 2>/dev/null",
                "$BD --db \"$DIR/x.db\" backup; echo \"backup=$?\"",
                "$BD --db \"$DIR/x.db\" briefing --person Cooper --format pdf --out \"$DIR/p.pdf\"; echo \"pack=$?\"",
                "ls -a \"$DIR\" | grep -c part; echo parts",
                "$BD --db \"$DIR/x.db\" check; echo \"check=$?\""));
        assertTrue(output.contains("sample=0"), output);
        assertTrue(output.contains("backup=1") && output.matches("(?s).*došlo místo: .*potřebuje asi \\d+ MB.*"
                + "volných je \\d+ MB.*"), output);
        assertTrue(output.contains("pack=1"), output);
        assertTrue(output.matches("(?s).*došlo místo: soubor potřebuje víc než \\d+ MB.*"), output);
        assertTrue(output.contains("0\nparts"), "no temporary file is left: " + output);
        assertTrue(output.contains("check=0") && output.contains("v pořádku"), output);
    }

    @Test
    void anEmptyDbOptionAndAnUnknownLanguageAreUserErrors() {
        assertTrue(CliRun.on(Path.of(""), storage, "stats").oneErrorLine().contains("--db"));
        assertEquals(1, CliRun.on(Path.of(""), storage, "stats").exitCode());
        CliRun language = run("--lang", "xx", "stats");
        assertEquals(1, language.exitCode());
        assertTrue(language.oneErrorLine().contains("xx"), language.err());
        assertEquals(1, run("briefing", "--lang", "de", "--person", "x", "--format", "pdf", "--out", "p.pdf")
                .exitCode());
    }

    @Test
    void runningOutOfMemoryIsOneLineNamingTheLog() throws IOException {
        Files.write(db(), new byte[0]);
        CliRun run = CliRun.on(db(), new Storage((location, mode) -> {
            throw new OutOfMemoryError("Java heap space");
        }, storage.files()), "stats");
        assertEquals(2, run.exitCode());
        String line = run.oneErrorLine();
        assertTrue(line.contains("paměť") && line.contains("briefing-desk.log") && line.contains("-Xmx"), line);
        assertFalse(run.err().contains("\tat "), "no stack trace on the terminal");
        String log = Files.readString(folder.resolve("logs").resolve("briefing-desk.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("OutOfMemoryError") && log.contains("\tat "), log);
    }

    // --- Huge packs ---

    @Test
    void aPackOfMoreThanThreeHundredPagesIsWrittenOnlyWithYes() {
        ok("sample");
        String page = "Věta o azylovém řízení, která se v podkladu opakuje celou stranu. ".repeat(60);
        try (RecordStore store = storage.opener().open(db(), OpenMode.WRITE)) {
            store.inTransaction(() -> {
                for (int i = 0; i < 330; i++) {
                    store.statements().save(RecordBuilder.aStatement().with(Statement::speakerId, SampleIds.COOPER)
                            .with(Statement::text, page + i)
                            .build());
                }
            });
        }
        Path out = folder.resolve("cooper.pdf");
        String line = refused("briefing", "--person", "Cooper", "--format", "pdf", "--out", out.toString());
        assertTrue(line.matches(".*asi [0-9\\s\u00a0\u202f]+ stran.*--yes.*"), line);
        assertFalse(Files.exists(out));
        ok("briefing", "--person", "Cooper", "--format", "pdf", "--out", out.toString(), "--yes");
        assertTrue(Files.exists(out));
    }
}
