package org.briefingdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.sample.SampleDataLoader;
import org.briefingdesk.logic.store.BackupInfo;
import org.briefingdesk.logic.store.DamagedFileException;
import org.briefingdesk.logic.store.FileIdentity;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.persistence.DamagedFiles;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.ui.StoreFixture;
import org.briefingdesk.ui.common.SameThreadTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The window says when it may only read, and offers the newest backup for a damaged file. */
@ResourceLock(Locks.FX_TOOLKIT)
class DataSafetyWindowTest extends StoreFixture {
    private final Localization czech = Localization.forLanguage("cs");

    @Test
    void aSecondCopyShowsTheReadOnlyBanner() {
        RecordStore writer = sampleStore();
        try (RecordStore reader = TestStores.opener().open(writer.location(), OpenMode.READ)) {
            MainWindowViewModel vm = new MainWindowViewModel(czech, reader.location(), new SameThreadTasks(),
                    new FakeDialogs(false));
            vm.attach(new FakeWindowServices(reader, czech), false);
            assertTrue(vm.bannerProperty().get().startsWith("Jen pro čtení"), vm.bannerProperty().get());
        }
        MainWindowViewModel writing = new MainWindowViewModel(czech, writer.location(), new SameThreadTasks(),
                new FakeDialogs(false));
        writing.attach(new FakeWindowServices(writer, czech), false);
        assertEquals("", writing.bannerProperty().get(), "a local file opened for writing needs no banner");
    }

    @Test
    void aSecondCopyIsAskedOnceToTakeOverWritingWhenTheWriterHasClosedTheFile() {
        RecordStore writer = otherWindow();
        RecordStore reader = TestStores.opener().openWriterOrReader(writer.location());
        List<RecordStore> reopened = new ArrayList<>();
        FakeDialogs dialogs = new FakeDialogs(true);
        MainWindowViewModel vm = new MainWindowViewModel(czech, reader.location(), new SameThreadTasks(), dialogs);
        vm.attach(new FakeWindowServices(reader, czech, reopened::add), false);
        assertTrue(vm.readOnlyProperty().get());

        vm.checkWriter();
        assertEquals(List.of(), dialogs.shown, "the writer is still there: nothing to ask");
        assertTrue(vm.readOnlyProperty().get());

        writer.close();
        vm.checkWriter();
        assertEquals(List.of("confirm: Převzít zápis"), dialogs.shown);
        try {
            assertEquals(false, vm.readOnlyProperty().get());
            assertEquals(false, vm.servicesProperty().get().store().readOnly());
            assertEquals("", vm.bannerProperty().get());
        } finally {
            reopened.forEach(RecordStore::close);
        }
    }

    @Test
    void aDeclinedTakeOverIsNotAskedAgainAndTheBannerSaysWhereItIsOffered() {
        RecordStore writer = otherWindow();
        try (RecordStore reader = TestStores.opener().openWriterOrReader(writer.location())) {
            FakeDialogs dialogs = new FakeDialogs(false);
            MainWindowViewModel vm = new MainWindowViewModel(czech, reader.location(), new SameThreadTasks(),
                    dialogs);
            vm.attach(new FakeWindowServices(reader, czech), false);
            int versionBefore = vm.dataVersionProperty().get();
            writer.close();
            vm.checkWriter();
            vm.checkWriter();
            assertEquals(List.of("confirm: Převzít zápis"), dialogs.shown, "asked once");
            assertTrue(vm.readOnlyProperty().get());
            assertTrue(vm.bannerProperty().get().contains("Převzít zápis"), vm.bannerProperty().get());
            assertTrue(vm.dataVersionProperty().get() > versionBefore, "the data is read again as it is now");
        }
    }

    /** The writing window's store, with the sample; the test closes it (as that window would). */
    private RecordStore otherWindow() {
        RecordStore writer = TestStores.opener().open(folder.resolve("shared.db"), OpenMode.CREATE);
        new SampleDataLoader().load(writer);
        return writer;
    }

    @Test
    void aDamagedFileIsOfferedItsNewestBackupAndOpensRestored() {
        RecordStore restoredStore = sampleStore();
        Path file = folder.resolve("damaged.db");
        BackupInfo backup = new BackupInfo(folder.resolve("backups/damaged-20250331-080000-000-close.db"),
                Instant.parse("2025-03-31T08:00:00Z"), "CLOSE", 4096, Map.of(RecordKind.PERSON, 3L));
        FakeDialogs dialogs = new FakeDialogs(true);
        MainWindowViewModel vm = new MainWindowViewModel(czech, file, new SameThreadTasks(), dialogs);
        BackupInfo[] restoredFrom = new BackupInfo[1];
        vm.setRecovery(chosen -> {
            restoredFrom[0] = chosen;
            return new FakeWindowServices(restoredStore, czech);
        });

        vm.openFailed(new DamagedFileException(file, FileIdentity.Kind.DAMAGED, folder.resolve("damaged.db.damaged-1"),
                backup));

        assertTrue(dialogs.shown.contains("confirm: Poškozená databáze"), dialogs.shown.toString());
        assertSame(backup, restoredFrom[0]);
        assertSame(restoredStore, vm.servicesProperty().get().store());
        assertTrue(dialogs.shown.stream().anyMatch(d -> d.startsWith("info: Data obnovena")), dialogs.shown.toString());
    }

    @Test
    void theDataShowsWhileTheCheckRunsAndAFailedCheckOffersTheBackup() throws Exception {
        Path file = folder.resolve("checked.db");
        TestStores.closedSample(file);
        DamagedFiles.damageSearchIndex(file);
        List<Runnable> checks = new CopyOnWriteArrayList<>();
        try (RecordStore store = DamagedFiles.openCheckingLater(file, checks::add)) {
            FakeDialogs dialogs = new FakeDialogs(true);
            MainWindowViewModel vm = new MainWindowViewModel(czech, file, new SameThreadTasks(), dialogs);
            RecordStore restoredStore = sampleStore();
            BackupInfo[] offered = new BackupInfo[1];
            vm.setRecovery(backup -> {
                offered[0] = backup;
                return new FakeWindowServices(restoredStore, czech);
            });
            vm.attach(new FakeWindowServices(store, czech), false);

            assertFalse(store.integrityChecked().isDone());
            assertTrue(vm.statusCountsProperty().get().contains("Akce\u00a03"), vm.statusCountsProperty().get());

            checks.get(0).run(); // the check finds the damage

            assertTrue(dialogs.shown.contains("confirm: Poškozená databáze"), dialogs.shown.toString());
            assertTrue(offered[0] != null && offered[0].file().getParent().equals(folder.resolve("backups")),
                    "the damaged file's newest backup: " + offered[0]);
            assertSame(restoredStore, vm.servicesProperty().get().store(), "the window now shows the restored data");
        }
    }

    @Test
    void declinedRecoveryLeavesTheWindowWithoutData() {
        Path file = folder.resolve("damaged.db");
        BackupInfo backup = new BackupInfo(folder.resolve("b.db"), Instant.now(), "CLOSE", 1, Map.of());
        MainWindowViewModel vm = new MainWindowViewModel(czech, file, new SameThreadTasks(), new FakeDialogs(false));
        vm.setRecovery(chosen -> {
            throw new AssertionError("must not restore without the user's yes");
        });
        vm.openFailed(new DamagedFileException(file, FileIdentity.Kind.DAMAGED, folder.resolve("copy"), backup));
        assertEquals(null, vm.servicesProperty().get());
    }
}
