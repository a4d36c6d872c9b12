package org.briefingdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.sample.SampleDataLoader;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.testutil.TypicalRecords;
import org.briefingdesk.ui.backups.BackupsViewModel;
import org.briefingdesk.ui.common.SameThreadTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The backups window: list, back up now, restore with the comparison and a second question when smaller. */
@ResourceLock(Locks.FX_TOOLKIT)
class BackupsViewModelTest {
    @TempDir
    Path folder;
    private final Localization czech = Localization.forLanguage("cs");

    @Test
    void backUpNowThenRestoreReplacesTheDataAndReopens() {
        RecordStore store = TestStores.create(folder);
        new SampleDataLoader().load(store); // a new file: no backup yet, the one made here is the first
        FakeDialogs dialogs = new FakeDialogs(true);
        List<WindowServices> reopened = new ArrayList<>();
        BackupsViewModel vm = new BackupsViewModel(new FakeWindowServices(store, czech), new SameThreadTasks(), dialogs,
                reopened::add);
        vm.backupNow();
        assertEquals(1, vm.backups().size());
        assertEquals(29, vm.backups().get(0).total());
        assertEquals("ruční", vm.reason(vm.backups().get(0)));

        store.people().save(TypicalRecords.person("Nový", "Člověk"));
        vm.restore(vm.backups().get(0));

        assertEquals(1, reopened.size(), dialogs.shown.toString());
        RecordStore restored = reopened.get(0).store();
        try {
            assertEquals(3, restored.people().count(), "the person added after the backup is gone");
            assertTrue(dialogs.shown.contains("confirm: Obnovit ze zálohy"), dialogs.shown.toString());
            assertTrue(restored.backups().list().stream().anyMatch(b -> b.reason().equals("RESTORE")
                    && b.total() == 30), "the replaced data is kept as a backup");
        } finally {
            restored.close();
        }
    }

    @Test
    void aMuchSmallerBackupIsRestoredOnlyAfterASecondYes() {
        RecordStore store = TestStores.create(folder);
        store.topics().save(TypicalRecords.topic("migrace", null));
        FakeDialogs dialogs = new FakeDialogs(true);
        List<WindowServices> reopened = new ArrayList<>();
        BackupsViewModel vm = new BackupsViewModel(new FakeWindowServices(store, czech), new SameThreadTasks(), dialogs,
                reopened::add);
        vm.backupNow();
        new SampleDataLoader().load(store);
        vm.restore(vm.backups().get(0));
        long questions = dialogs.shown.stream().filter(d -> d.equals("confirm: Obnovit ze zálohy")).count();
        assertEquals(2, questions, dialogs.shown.toString());
        assertNotNull(reopened.get(0));
        try {
            assertEquals(1, reopened.get(0).store().topics().count());
        } finally {
            reopened.get(0).store().close();
        }
    }
}
