package org.briefingdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TestServer;
import org.briefingdesk.testutil.TypicalRecords;
import org.briefingdesk.ui.StoreFixture;
import org.briefingdesk.ui.common.SameThreadTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The window's state when it connects to a team server: who and where, live updates, a reader, a refusal. */
@ResourceLock(Locks.FX_TOOLKIT)
@ResourceLock(Locks.TEST_SERVER)
class ServerWindowViewModelTest extends StoreFixture {
    private static final String PASSWORD = "heslo-okno";
    private final Localization czech = Localization.forLanguage("cs");
    private final FakeDialogs dialogs = new FakeDialogs(false);
    private ServerAddress admin;
    private MainWindowViewModel vm;

    @BeforeEach
    void windowOnAFile() {
        admin = TestServer.newDatabase();
        TestServer.opener().init(admin, null).close();
        TestServer.loginRole("eva", PASSWORD);
        TestServer.loginRole("ota", PASSWORD);
        TestServer.opener().grant(admin, null, "eva", Sensitivity.INTERNAL, true);
        TestServer.opener().grant(admin, null, "ota", Sensitivity.PUBLIC, false);
        vm = new MainWindowViewModel(czech, Path.of("/tmp/desk.db"), new SameThreadTasks(), dialogs);
        vm.attach(new FakeWindowServices(newStore(), czech), false);
    }

    @Test
    void connectingNamesTheServerAndUserAndHearsOthersChangesWithinASecond() throws Exception {
        vm.connect(TestServer.as(admin, "eva"), PASSWORD);
        assertEquals(List.of(), dialogs.shown);
        assertTrue(vm.titleProperty().get().contains("eva@localhost:" + admin.port() + "/" + admin.database()),
                vm.titleProperty().get());
        assertTrue(vm.statusDatabaseProperty().get().contains("eva@localhost"), vm.statusDatabaseProperty().get());
        assertEquals("", vm.bannerProperty().get());
        int before = vm.dataVersionProperty().get();

        try (RecordStore colleague = TestServer.opener().open(admin, null)) {
            colleague.people().save(TypicalRecords.person("Jan", "Novák"));
        }
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (vm.count(RecordKind.PERSON) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1, vm.count(RecordKind.PERSON), "the colleague's person is counted within a second");
        assertTrue(vm.dataVersionProperty().get() > before, "open sections read again");
        vm.servicesProperty().get().store().close();
    }

    @Test
    void aReaderIsToldAtOnceThatChangesWillNotBeSaved() {
        vm.connect(TestServer.as(admin, "ota"), PASSWORD);
        assertEquals(czech.get("ui.banner.reader"), vm.bannerProperty().get());
        vm.servicesProperty().get().store().close();
    }

    @Test
    void aWrongPasswordIsOneSentenceAndTheWindowStaysOnItsFile() {
        WindowServices file = vm.servicesProperty().get();
        String title = vm.titleProperty().get();
        vm.connect(TestServer.as(admin, "eva"), "spatne");
        assertEquals(List.of("error: " + czech.get("error.server.login", TestServer.as(admin, "eva").displayName())),
                dialogs.shown);
        assertEquals(file, vm.servicesProperty().get());
        assertEquals(title, vm.titleProperty().get());
    }
}
