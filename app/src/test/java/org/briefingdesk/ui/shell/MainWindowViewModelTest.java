package org.briefingdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.sample.SampleDataLoader;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.ui.StoreFixture;
import org.briefingdesk.ui.common.SameThreadTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

@ResourceLock(Locks.FX_TOOLKIT)
class MainWindowViewModelTest extends StoreFixture {
    private final Localization czech = Localization.forLanguage("cs");
    private final Path file = Path.of("/tmp/briefings/desk.db");

    @Test
    void titleNamesTheFileAndTheStatusBarTheDatabase() {
        MainWindowViewModel vm = new MainWindowViewModel(czech, file, new SameThreadTasks(), new FakeDialogs(false));
        assertEquals("Briefing Desk — desk.db", vm.titleProperty().get());
        assertTrue(vm.statusDatabaseProperty().get().contains(file.toString()));
        assertEquals(Section.OVERVIEW, vm.sectionProperty().get());
    }

    @Test
    void openingAFileOfAnOlderVersionSaysItIsConvertedOnce(@TempDir Path dir) throws Exception {
        Path older = dir.resolve("starší.db");
        TestStores.opener().open(older, OpenMode.CREATE).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + older); var s = c.createStatement()) {
            s.execute("PRAGMA user_version = 6");
        }
        assertTrue(TestStores.files().needsUpgrade(older));
        MainWindowViewModel vm = new MainWindowViewModel(czech, file, new SameThreadTasks(), new FakeDialogs(false));
        // A store of its own: opening the other file closes it, as the application does.
        vm.attach(new FakeWindowServices(TestStores.opener().open(dir.resolve("nyní.db"), OpenMode.CREATE), czech),
                false);
        List<String> said = new ArrayList<>();
        vm.statusMessageProperty().addListener((obs, old, now) -> said.add(now));

        vm.openFile(older, OpenMode.WRITE);
        assertTrue(said.contains("Převádím starší.db pro tuto verzi aplikace. Děje se to jen jednou, u souboru s mnoha"
                + " záznamy to může trvat i několik minut…"), said.toString());
        assertFalse(TestStores.files().needsUpgrade(older), "converted");
        assertFalse(vm.busyProperty().get());
        assertEquals("Briefing Desk — starší.db", vm.titleProperty().get());
        vm.servicesProperty().get().store().close();
    }

    @Test
    void emptyDatabaseOffersTheSampleAndLoadsItWhenAccepted() {
        RecordStore store = newStore();
        FakeDialogs dialogs = new FakeDialogs(true);
        MainWindowViewModel vm = new MainWindowViewModel(czech, file, new SameThreadTasks(), dialogs);
        vm.attach(new FakeWindowServices(store, czech), true);
        assertEquals(List.of("confirm: " + czech.get("ui.dialog.sample.title")), dialogs.shown);
        assertTrue(new SampleDataLoader().isLoaded(store));
        assertEquals(1, vm.dataVersionProperty().get());
        assertEquals(3, vm.count(RecordKind.EVENT));
        assertTrue(vm.statusCountsProperty().get().contains("Akce\u00a03"), vm.statusCountsProperty().get());
        assertTrue(vm.statusCountsProperty().get().contains("Osoby\u00a03"), vm.statusCountsProperty().get());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void declinedOfferLeavesTheDatabaseEmptyAndIsNotRepeated() {
        RecordStore store = newStore();
        FakeDialogs dialogs = new FakeDialogs(false);
        MainWindowViewModel vm = new MainWindowViewModel(czech, file, new SameThreadTasks(), dialogs);
        vm.attach(new FakeWindowServices(store, czech), true);
        vm.refreshCounts();
        assertEquals(1, dialogs.shown.size());
        assertEquals(0, vm.total());
        assertEquals(0, vm.dataVersionProperty().get());
    }

    @Test
    void databaseWithRecordsIsNotOfferedTheSample() {
        RecordStore store = sampleStore();
        FakeDialogs dialogs = new FakeDialogs(true);
        MainWindowViewModel vm = new MainWindowViewModel(czech, file, new SameThreadTasks(), dialogs);
        vm.attach(new FakeWindowServices(store, czech), true);
        assertTrue(dialogs.shown.isEmpty());
        assertTrue(vm.total() > 0);
    }

    @Test
    void loadingTheSampleFromTheMenuTwiceSaysItIsAlreadyThere() {
        RecordStore store = newStore();
        FakeDialogs dialogs = new FakeDialogs(false);
        MainWindowViewModel vm = new MainWindowViewModel(czech, file, new SameThreadTasks(), dialogs);
        vm.attach(new FakeWindowServices(store, czech), false);
        vm.loadSample(true);
        long total = vm.total();
        vm.loadSample(true);
        assertEquals(total, vm.total());
        assertEquals(List.of("info: " + czech.get("ui.dialog.sample.done"),
                "info: " + czech.get("ui.dialog.sample.already")), dialogs.shown);
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsReportedInOneSentence() {
        FakeDialogs dialogs = new FakeDialogs(false);
        MainWindowViewModel vm = new MainWindowViewModel(czech, file, new SameThreadTasks(), dialogs);
        vm.opening();
        assertTrue(vm.busyProperty().get());
        vm.openFailed(new StoreException("error.db.notDatabase", file.toString()));
        assertFalse(vm.busyProperty().get());
        assertEquals(List.of("error: " + czech.get("error.db.notDatabase", file.toString())), dialogs.shown);
    }

    @Test
    void englishWindowSpeaksEnglish() {
        Localization english = Localization.forLanguage("en");
        RecordStore store = sampleStore();
        MainWindowViewModel vm = new MainWindowViewModel(english, file, new SameThreadTasks(), new FakeDialogs(false));
        vm.attach(new FakeWindowServices(store, english), true);
        assertTrue(vm.statusCountsProperty().get().contains("Events\u00a03"), vm.statusCountsProperty().get());
        assertTrue(vm.statusDatabaseProperty().get().startsWith("Database:"));
    }
}
