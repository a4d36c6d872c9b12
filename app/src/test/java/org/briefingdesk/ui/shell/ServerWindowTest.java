package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.briefingdesk.logic.sample.SampleDataLoader;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TestServer;
import org.briefingdesk.testutil.TypicalRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The real window on a team server: a colleague's save shows in the open section's counts and rows
 * while a form is open, and what is typed in the form stays.
 */
@ResourceLock(Locks.TEST_SERVER)
class ServerWindowTest extends WindowFixture {
    private static ServerAddress admin;
    private RecordStore serverStore;

    @BeforeAll
    static void serverWithTheSample() {
        admin = TestServer.newDatabase();
        try (RecordStore store = TestServer.opener().init(admin, null)) {
            new SampleDataLoader().load(store);
        }
    }

    @Override
    boolean startsWithSample() {
        return false; // the window works on the server
    }

    @Override
    WindowServices services(RecordStore windowStore) {
        serverStore = TestServer.opener().open(admin, null);
        return new FakeWindowServices(guard.guard(serverStore), czech);
    }

    @AfterEach
    void closeTheServerStore() {
        if (serverStore != null) {
            serverStore.close();
        }
    }

    @Test
    void aColleaguesSaveShowsWhileTheFormKeepsWhatIsTyped() {
        window.newRecord(Section.PEOPLE);
        waitUntil(() -> window.focused("givenName"));
        robot.write("Rozepsaná", 0);

        long millis;
        try (RecordStore colleague = TestServer.opener().open(admin, null)) {
            long start = System.nanoTime();
            colleague.people().save(TypicalRecords.person("Kolegyně", "Nová"));
            waitUntil(() -> window.statusCounts().contains("Osoby 4"));
            millis = (System.nanoTime() - start) / 1_000_000;
        }
        System.getLogger(ServerWindowTest.class.getName()).log(System.Logger.Level.INFO,
                "the save of a colleague reached the status bar in {0} ms", millis);
        // Within a second on an idle machine (ServerConcurrencyTest holds the notification to that); the
        // window then reads its section and counts again, which a build machine shared by several
        // builds slows: 0.9 s here, 2.2-2.6 s while a benchmark ran beside it (load average 18, 2 cores).
        assertTrue(millis < 4_000, "shown in " + millis + " ms");

        TextField given = robot.lookup("#givenName").queryAs(TextField.class);
        assertEquals("Rozepsaná", onFx(given::getText), "what is typed stays");
        assertTrue(robot.lookup("#formPage").tryQuery().isPresent(), "the form stays open");
        assertTrue(onFx(() -> ((Stage) given.getScene().getWindow()).getTitle())
                .contains("postgres@localhost"));
    }
}
