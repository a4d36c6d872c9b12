package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.keys;
import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.testutil.FxSettle;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.testutil.TypicalRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real window, headless, as the second window on a file that another one writes: editing is off and
 * the banner says why; when the writer closes the file, the window shows the data as it is now and offers
 * to take over writing, after which New works.
 */
class SecondWindowTest extends WindowFixture {
    /** The other window: it holds the file for writing until the test closes it. */
    private RecordStore writer;
    private final List<RecordStore> reopened = new CopyOnWriteArrayList<>();

    @Override
    RecordStore open(Path newFile) {
        writer = TestStores.opener().open(newFile, OpenMode.WRITE);
        return TestStores.opener().openWriterOrReader(newFile);
    }

    @Override
    WindowServices services(RecordStore windowStore) {
        return new FakeWindowServices(windowStore, czech, reopened::add);
    }

    @AfterEach
    void closeTheOtherStores() {
        if (writer != null) {
            writer.close();
        }
        reopened.forEach(RecordStore::close);
    }

    @Test
    void editingIsOffWithTheReasonAndTheWindowTakesOverWritingWhenTheWriterCloses() throws InterruptedException {
        String banner = onFx(() -> robot.lookup("#banner").queryAs(Label.class).getText());
        assertTrue(banner.contains("Soubor upravuje jiné okno"), banner);
        window.openSection(Section.PEOPLE);
        assertTrue(onFx(() -> robot.lookup("#newButton").queryButton().isDisabled()), "New is off");
        assertTrue(onFx(() -> robot.lookup("#editButton").queryButton().isDisabled()), "Edit is off");
        assertTrue(onFx(() -> robot.lookup("#deleteButton").queryButton().isDisabled()), "Delete is off");
        window.clickRow(Section.PEOPLE, "Vít Rakušan");
        keys(robot, KeyCode.ENTER); // Enter in the table edits, without the menu
        keys(robot, KeyCode.CONTROL, KeyCode.N);
        Thread.sleep(300); // time enough for a form's choices to be read, had one been opened
        FxSettle.settle();
        assertTrue(robot.lookup("#formPage").tryQuery().isEmpty(), "no form opens");

        // The other window adds a person and closes the file.
        writer.inTransaction(() -> writer.people().save(TypicalRecords.person("Marie", "Čtvrtá")));
        writer.close();
        writer = null;

        DialogHandle dialog = new DialogHandle(robot);
        dialog.waitFor("Jiné okno soubor zavřelo");
        waitUntil(() -> window.firstColumn(Section.PEOPLE).contains("Marie Čtvrtá"));
        dialog.answer("Ano");

        waitUntil(() -> !robot.lookup("#newButton").queryButton().isDisabled());
        assertEquals("", onFx(() -> robot.lookup("#banner").queryAs(Label.class).getText()));
        window.waitForRows(Section.PEOPLE);
        waitUntil(() -> window.firstColumn(Section.PEOPLE).size() == 4);
        assertTrue(onFx(() -> reopened.size() == 1 && !reopened.get(0).readOnly()), "now the window writes");
        keys(robot, KeyCode.CONTROL, KeyCode.N);
        new FormHandle(robot).waitUntilOpen("givenName");
    }
}
