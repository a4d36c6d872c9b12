package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.keys;
import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.briefingdesk.logic.sample.SampleDataLoader;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.persistence.DamagedFiles;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.testutil.TypicalRecords;
import org.briefingdesk.ui.files.RecentFiles;
import org.junit.jupiter.api.Test;

/**
 * Soubor in the real window: a new database, another file opened, Nedávné with a missing file marked, files that
 * are refused (each says why and the window stays on its file), a verified copy, and the unsaved-input guard.
 */
class FileMenuWindowTest extends WindowFixture {
    private final FakeFileDialogs files = new FakeFileDialogs();
    private final RecentFiles recent = RecentFiles.inMemory();
    private final DialogHandle dialog = new DialogHandle(robot);
    private Path missing;

    @Override
    WindowSetup setup() {
        missing = folder.resolve("gone-" + System.nanoTime() + ".db");
        recent.remember(missing); // opened once, deleted since
        return WindowSetup.inMemory(preference).withFiles(files).withRecentFiles(recent);
    }

    /** Loaded into the new file rather than copied: a file with changes since its last backup, closed with one. */
    @Override
    boolean startsWithSample() {
        return false;
    }

    @Override
    void fill(RecordStore opened) {
        new SampleDataLoader().load(opened);
    }

    @Override
    WindowServices services(RecordStore windowStore) {
        return new FakeWindowServices(windowStore, czech, next -> store = next);
    }

    @Test
    void aNewDatabaseOpensEmptyTheOldFileIsClosedWithItsBackupAndBothAreRecent() throws Exception {
        Path created = folder.resolve("nova-" + System.nanoTime() + ".db");
        files.choosing(created);
        assertTrue(window.title().contains(file.getFileName().toString()), window.title());

        window.choose("newFileItem");

        waitUntil(() -> window.title().contains(created.getFileName().toString()));
        waitUntil(() -> window.statusCounts().contains("Akce 0"));
        assertTrue(Files.isRegularFile(created));
        assertTrue(window.statusDatabase().contains(created.toString()), window.statusDatabase());
        try (Stream<Path> backups = Files.list(file.resolveSibling("backups"))) {
            String name = file.getFileName().toString().replace(".db", "");
            assertTrue(backups.anyMatch(b -> b.getFileName().toString().startsWith(name)
                    && b.getFileName().toString().contains("close")), "the old file's closing backup");
        }
        assertEquals(List.of(created, file.toAbsolutePath(), missing), recent.load().subList(0, 3));
    }

    @Test
    void anotherFileOpensAndNedavneOpensTheFirstAgainWhileAMissingOneIsMarked() {
        Path other = folder.resolve("jina-" + System.nanoTime() + ".db");
        try (RecordStore filled = TestStores.opener().open(other, OpenMode.CREATE)) {
            filled.people().save(TypicalRecords.person("Jana", "Jiná"));
        }
        files.choosing(other);
        window.choose("openFileItem");
        waitUntil(() -> window.statusCounts().contains("Osoby 1"));
        assertTrue(window.title().contains(other.getFileName().toString()), window.title());

        openFileMenu();
        waitUntil(() -> onFx(() -> window.menuItem("recentFile2").isDisable()));
        MenuItem gone = window.menuItem("recentFile2");
        assertTrue(onFx(gone::getText).contains("soubor chybí"), onFx(gone::getText));
        assertTrue(onFx(() -> window.menuItem("recentFile1").getText()).contains(file.getFileName().toString()));
        keys(robot, KeyCode.ESCAPE);

        window.choose("recentFile1");
        waitUntil(() -> window.statusCounts().contains("Akce 3"));
        assertTrue(window.title().contains(file.getFileName().toString()), window.title());
    }

    @Test
    void refusedFilesSayWhyAndTheWindowStaysOnItsFile() throws Exception {
        Path notes = folder.resolve("poznamky-" + System.nanoTime() + ".db");
        Files.writeString(notes, "Toto není databáze, jen poznámky.");
        Path foreign = folder.resolve("cizi-" + System.nanoTime() + ".db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + foreign); var s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT)");
            s.execute("INSERT INTO contacts VALUES ('Někdo')");
        }
        Path newer = folder.resolve("novejsi-" + System.nanoTime() + ".db");
        TestStores.opener().open(newer, OpenMode.CREATE).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + newer); var s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        Path damaged = folder.resolve("poskozeny-" + System.nanoTime() + ".db");
        TestStores.closedSample(damaged);
        DamagedFiles.damageSearchIndex(damaged);
        Path locked = folder.resolve("zamceny-" + System.nanoTime() + ".db");
        try (RecordStore otherWriter = TestStores.opener().open(locked, OpenMode.CREATE)) {
            Map<Path, String> reasons = Map.of(notes, "není databáze SQLite", foreign, "databáze jiného programu",
                    newer, "novější verze", locked, "jiná kopie aplikace Briefing Desk", damaged, "je poškozený");
            for (Map.Entry<Path, String> refused : reasons.entrySet()) {
                files.choosing(refused.getKey());
                window.choose("openFileItem");
                String shown = dialog.waitForText(refused.getValue());
                assertTrue(shown.contains(refused.getKey().getFileName().toString()), shown);
                dialog.answer("OK");
                assertTrue(window.title().contains(file.getFileName().toString()), window.title());
                assertTrue(window.statusCounts().contains("Akce 3"), window.statusCounts());
            }
        }
        assertEquals("Toto není databáze, jen poznámky.", Files.readString(notes), "the refused file is unchanged");
        // The window still works on its file: a section reads it.
        window.openSection(Section.PEOPLE);
        assertFalse(window.firstColumn(Section.PEOPLE).isEmpty());
    }

    @Test
    void aCopyIsSavedVerifiedAndNeverOverTheOpenDatabase() {
        Path copy = folder.resolve("kopie-" + System.nanoTime() + ".db");
        files.choosing(copy);
        window.choose("saveCopyItem");
        String shown = dialog.waitForText("ověřena");
        assertTrue(shown.contains(copy.toString()), shown);
        dialog.answer("OK");
        assertTrue(files.asked.contains("copy: " + file.getFileName().toString().replace(".db", "") + "-kopie"),
                files.asked.toString());
        Map<RecordKind, Long> counts;
        try (RecordStore original = TestStores.opener().open(file, OpenMode.READ)) {
            counts = original.counts();
        }
        try (RecordStore copied = TestStores.opener().open(copy, OpenMode.READ)) {
            assertEquals(counts, copied.counts());
            assertEquals(3L, copied.counts().get(RecordKind.EVENT));
        }

        files.choosing(file);
        window.choose("saveCopyItem");
        assertTrue(dialog.waitForText("otevřená databáze").contains(file.toString()));
        dialog.answer("OK");
        assertTrue(window.statusCounts().contains("Akce 3"), window.statusCounts());
    }

    @Test
    void showInFolderHandsTheOpenFileToTheFileManager() {
        window.choose("showInFolderItem");
        waitUntil(() -> !files.shownInFolder.isEmpty());
        assertEquals(file.toAbsolutePath().normalize(), files.shownInFolder.get(0).toAbsolutePath().normalize());
    }

    @Test
    void switchingFilesAsksAboutUnsavedInputAndCancelKeepsTheForm() {
        window.newRecord(Section.PEOPLE);
        waitUntil(() -> window.focused("givenName"));
        robot.write("Rozepsaná", 0);
        Path other = folder.resolve("dalsi-" + System.nanoTime() + ".db");
        files.choosing(other);

        window.choose("newFileItem");
        dialog.waitFor("neuložené změny");
        dialog.answer("Zrušit");

        assertTrue(robot.lookup("#formPage").tryQuery().isPresent(), "the form stays open");
        assertFalse(Files.exists(other), "no new file was made");
        assertTrue(window.title().contains(file.getFileName().toString()), window.title());
    }

    private void openFileMenu() {
        robot.clickOn("Soubor");
    }
}
