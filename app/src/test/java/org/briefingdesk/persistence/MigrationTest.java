package org.briefingdesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.List;
import java.util.Random;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.search.SearchService;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.testutil.TypicalRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From an empty file to the latest schema, and the files the store must refuse. */
class MigrationTest {
    @TempDir
    Path dir;

    private static String pragma(Database db, String name) {
        return db.read(c -> Jdbc.queryOne(c, "PRAGMA " + name, rs -> rs.getString(1)).orElseThrow());
    }

    @Test
    void emptyFileIsMigratedToTheLatestVersionWithSafeSettings() {
        Path file = dir.resolve("nested/folder/briefing.db");
        try (Database db = Database.open(file, OpenMode.CREATE)) {
            assertEquals(String.valueOf(Migrator.latestVersion()), pragma(db, "user_version"));
            assertEquals(String.valueOf(Migrator.APPLICATION_ID), pragma(db, "application_id"));
            assertEquals("1", pragma(db, "foreign_keys"));
            assertEquals("wal", pragma(db, "journal_mode"));
            assertEquals("2", pragma(db, "synchronous")); // FULL
            assertEquals("5000", pragma(db, "busy_timeout"));
            List<String> tables = db.read(c -> Jdbc.query(c,
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", rs -> rs.getString(1)));
            assertTrue(tables.containsAll(List.of("country", "organisation", "person", "person_alias", "person_role",
                    "event", "participation", "event_topic", "report", "report_follow_up", "report_topic", "statement",
                    "statement_topic", "commitment", "commitment_status", "commitment_topic", "topic", "change_log")),
                    tables.toString());
            assertEquals("ok", pragma(db, "integrity_check"));
        }
        // Reopening an up-to-date file changes nothing.
        try (Database db = Database.open(file, OpenMode.WRITE)) {
            assertEquals(String.valueOf(Migrator.latestVersion()), pragma(db, "user_version"));
        }
    }

    @Test
    void anOlderFileIsBackedUpThenMigratedAndIndexed() throws Exception {
        Path file = dir.resolve("old.db");
        try (var store = TestStores.opener().open(file, OpenMode.CREATE)) {
            store.people().save(TypicalRecords.person("Vít", "Rakušan"));
        }
        // What a version-1 file looks like: no search index, no saved searches, no exchange memory.
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("DROP TABLE search_fts");
            s.execute("DROP TABLE search_meta");
            s.execute("DROP TABLE saved_search");
            s.execute("DROP TABLE exchange_base");
            s.execute("DROP TABLE exchange_alias");
            for (String index : List.of("event_title_key", "event_start_key", "report_title_key", "person_name_key",
                    "organisation_name_key", "statement_text_key", "statement_date_key", "statement_kind_key",
                    "commitment_text_key")) {
                s.execute("DROP INDEX " + index);
            }
            s.execute("PRAGMA user_version = 1");
        }
        try (var store = TestStores.opener().open(file, OpenMode.WRITE)) {
            assertEquals(1, new SearchService(store.search())
                    .search("rakusan", 10).hits().size(), "the index is built for the records already there");
            assertTrue(store.savedSearches().findAll().isEmpty());
        }
        var backups = new SqliteStoreFiles().backups(file);
        assertTrue(backups.stream().anyMatch(b -> b.reason().equals("MIGRATION")
                && b.counts().get(RecordKind.PERSON) == 1), backups.toString());
        try (Database db = Database.open(file, OpenMode.WRITE)) {
            assertEquals(String.valueOf(Migrator.latestVersion()), pragma(db, "user_version"));
        }
    }

    @Test
    void anIndexOfTheOlderLayoutIsBuiltAgainNewestFirst() throws Exception {
        Path file = dir.resolve("v6.db");
        try (var store = TestStores.opener().open(file, OpenMode.CREATE)) {
            var speaker = TypicalRecords.person("Vít", "Rakušan");
            store.people().save(speaker);
            store.statements().save(TypicalRecords.statement(speaker.id(), null, "Ochrana hranic."));
        }
        // Version 6 kept the kind in the row id's high bits and counted up within each kind.
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("UPDATE search_meta SET rowid = (CASE kind WHEN 'PERSON' THEN 3 ELSE 5 END << 40)");
            s.execute("PRAGMA user_version = 6");
        }
        try (var store = TestStores.opener().open(file, OpenMode.WRITE)) {
            assertEquals(2, new SearchService(store.search()).search("rakusan", 10).hits().size(), "and who spoke");
            assertEquals(1, new SearchService(store.search()).search("hranice", 10).hits().size());
        }
        try (Database db = Database.open(file, OpenMode.WRITE)) {
            List<String> kinds = db.read(c -> Jdbc.query(c, "SELECT rowid, kind FROM search_meta ORDER BY kind",
                    rs -> SqliteSearchIndex.kindOf(rs.getLong(1)) + " " + rs.getString(2)));
            assertEquals(List.of("PERSON PERSON", "STATEMENT STATEMENT"), kinds, "each row id says its kind");
            assertEquals(List.of(), db.read(SearchIndexCheck::mismatches));
        }
    }

    @Test
    void fileAndFolderAreReadableByTheOwnerOnly() throws Exception {
        Path file = dir.resolve("private/briefing.db");
        try (Database db = Database.open(file, OpenMode.CREATE)) {
            db.inTransaction(c -> Jdbc.update(c, "INSERT INTO change_log(record_id, record_kind, action, changed_at,"
                    + " changed_by) VALUES ('x', 'PERSON', 'CREATE', 'now', 'me')"));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            Path wal = Path.of(file + "-wal");
            assertTrue(Files.exists(wal));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(wal)));
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }

    @Test
    void fileFromANewerBuildIsRefused() throws Exception {
        Path file = dir.resolve("newer.db");
        Database.open(file, OpenMode.CREATE).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file, OpenMode.WRITE));
        assertEquals("error.db.newer", e.key());
        String message = e.localizedMessage(new Localization(Localization.CZECH));
        assertTrue(message.contains("novější verze") && message.contains("99"), message);
    }

    @Test
    void missingFileIsRefusedWithoutCreate() {
        Path file = dir.resolve("nothing-here.db");
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file, OpenMode.WRITE));
        assertEquals("error.db.missing", e.key());
        assertTrue(e.localizedMessage(new Localization(Localization.ENGLISH)).contains(file.toString()));
        assertTrue(Files.notExists(file));
    }

    @Test
    void garbageFileIsNotTakenForADatabase() throws Exception {
        Path file = dir.resolve("garbage.db");
        byte[] junk = new byte[8192];
        new Random(42).nextBytes(junk);
        Files.write(file, junk);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file, OpenMode.WRITE));
        assertEquals("error.db.notDatabase", e.key());
    }

    @Test
    void anotherProgramsDatabaseIsLeftAlone() throws Exception {
        Path file = dir.resolve("other.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("CREATE TABLE notes(x TEXT)");
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file, OpenMode.WRITE));
        assertEquals("error.db.notBriefingDesk", e.key());
    }

    @Test
    void migrationScriptSplitsIntoStatements() {
        assertEquals(List.of("CREATE TABLE a(x);", "CREATE INDEX i ON a(x);"),
                Migrator.statements("-- comment\nCREATE TABLE a(x);\n\nCREATE INDEX i ON a(x);\n"));
    }
}
