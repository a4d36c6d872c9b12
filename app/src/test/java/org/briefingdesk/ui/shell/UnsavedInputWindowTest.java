package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.keys;
import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Person;
import org.briefingdesk.testutil.FxSettle;
import org.briefingdesk.testutil.TestStores;
import org.junit.jupiter.api.Test;

/**
 * The real window, headless: what is typed into a form and not saved is never dropped without a question.
 * Ctrl+Q, the window's close button and the desktop's close, a change of language and a search hit opened
 * from the form all ask Uložit / Zahodit / Zrušit; Zrušit keeps the form as it was.
 */
class UnsavedInputWindowTest extends WindowFixture {
    private final DialogHandle dialog = new DialogHandle(robot);

    @Test
    void ctrlQWithAChangedFormAsksAndZrusitKeepsTheFormThenUlozitSavesAndQuits() {
        startPerson("Jana", "Nováková");

        keys(robot, KeyCode.CONTROL, KeyCode.Q);
        String question = dialog.waitFor("neuložené změny");
        assertTrue(question.contains("Nová osoba") && question.contains("ukončením"), question);
        dialog.answer("Zrušit");
        assertEquals(0, exits.get(), "Zrušit keeps the application");
        assertEquals("Jana", fieldText("#givenName"));
        assertEquals("Nováková", fieldText("#familyName"));

        keys(robot, KeyCode.CONTROL, KeyCode.Q);
        dialog.waitFor("neuložené změny");
        dialog.answer("Uložit");
        waitUntil(() -> exits.get() == 1);
        assertEquals(List.of("store closed", "exit"), shutdownSteps);
        assertTrue(familyNamesInTheFile().contains("Nováková"), "saved before quitting");
    }

    @Test
    void theDesktopsCloseAsksTooAndZahoditQuitsWithoutSaving() {
        startPerson("Petr", "Zahozený");

        requestClose();
        dialog.waitFor("neuložené změny");
        dialog.answer("Zrušit");
        assertEquals(0, exits.get());
        assertTrue(onFx(() -> stage().isShowing()), "the window stays open");
        assertEquals("Zahozený", fieldText("#familyName"));

        requestClose();
        dialog.waitFor("neuložené změny");
        dialog.answer("Zahodit");
        waitUntil(() -> exits.get() == 1);
        assertFalse(familyNamesInTheFile().contains("Zahozený"));
    }

    @Test
    void withoutAFormQuittingAsksNothing() {
        keys(robot, KeyCode.CONTROL, KeyCode.Q);
        waitUntil(() -> exits.get() == 1);
        assertFalse(dialog.isShowing());
    }

    @Test
    void aChangeOfLanguageWithAChangedFormAsksFirstAndKeepsTheFormOnZrusit() {
        startPerson("Eva", "Jazyková");

        robot.clickOn("Jazyk");
        robot.clickOn("English");
        dialog.waitFor("neuložené změny");
        dialog.answer("Zrušit");
        assertEquals("Jazyková", fieldText("#familyName"));
        assertTrue(window.navigationNames().contains("Osoby"), "still Czech");
        assertTrue(onFx(() -> ((RadioMenuItem) findMenuItem("czechItem")).isSelected()), "the menu shows Czech");

        robot.clickOn("Jazyk");
        robot.clickOn("English");
        dialog.waitFor("neuložené změny");
        dialog.answer("Uložit");
        waitUntil(() -> window.navigationNames().contains("People"));
        window.waitForRows(Section.PEOPLE);
        waitUntil(() -> window.firstColumn(Section.PEOPLE).contains("Eva Jazyková"));
    }

    @Test
    void searchingFromAFormLeavesTheWayBackAndAHitAsksBeforeTheFormGoes() {
        startPerson("Karel", "Hledající");

        keys(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("Rakušan", 0);
        waitUntil(() -> robot.lookup("#results").tryQuery().isPresent()
                && !robot.lookup("#results").queryListView().getItems().isEmpty());
        Button back = robot.lookup("#backToForm").queryButton();
        assertTrue(onFx(back::isVisible), "the results offer the way back to the form");
        robot.clickOn(back);
        waitUntil(() -> robot.lookup("#familyName").tryQuery().map(n -> n.getScene() != null).orElse(false));
        assertEquals("Hledající", fieldText("#familyName"));

        // Esc in the search field clears it and shows the form, not an empty results page.
        keys(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("Rakušan", 0);
        waitUntil(() -> robot.lookup("#formPage").tryQuery().map(n -> n.getScene() == null).orElse(true));
        keys(robot, KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#formPage").tryQuery().map(n -> n.getScene() != null).orElse(false));
        assertEquals("Hledající", fieldText("#familyName"));

        // Enter on a hit asks; Zrušit keeps both, Zahodit opens the hit.
        keys(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("typ:osoba Rakušan", 0);
        waitUntil(() -> !robot.lookup("#results").queryListView().getItems().isEmpty());
        keys(robot, KeyCode.ENTER);
        assertTrue(dialog.waitFor("neuložené změny").contains("otevřením"));
        dialog.answer("Zrušit");
        assertTrue(onFx(() -> robot.lookup("#backToForm").queryButton().isVisible()));
        keys(robot, KeyCode.ENTER);
        dialog.waitFor("neuložené změny");
        dialog.answer("Zahodit");
        waitUntil(() -> window.showsPage(Section.PEOPLE) && "Vít Rakušan".equals(window.detailTitle(Section.PEOPLE)));
        assertTrue(robot.lookup("#formPage").tryQuery().isEmpty(), "the form is gone");
        assertFalse(onFx(() -> robot.lookup("#newButton").queryButton().isDisabled()), "New works again");
        assertFalse(familyNamesInTheFile().contains("Hledající"));
    }

    @Test
    void ctrlSThenAtOnceCtrlQSavesThenShutsDownInOrderWithoutAnExceptionOnTheFxThread() {
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = onFx(() -> Thread.currentThread().getUncaughtExceptionHandler());
        onFx(() -> {
            Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> thrown.add(e));
            return null;
        });
        try {
            startPerson("Ota", "Rychlý");
            keys(robot, KeyCode.CONTROL, KeyCode.S);
            keys(robot, KeyCode.CONTROL, KeyCode.Q);
            waitUntil(() -> exits.get() == 1);
            FxSettle.settle();
        } finally {
            onFx(() -> {
                Thread.currentThread().setUncaughtExceptionHandler(before);
                return null;
            });
        }
        assertEquals(List.of(), thrown);
        assertFalse(dialog.isShowing(), "the save left nothing to ask about");
        assertEquals(List.of("store closed", "exit"), shutdownSteps);
        assertTrue(familyNamesInTheFile().contains("Rychlý"));
    }

    /** Opens a new person's form in People and types the name. */
    private void startPerson(String given, String family) {
        window.newRecord(Section.PEOPLE);
        FormHandle form = new FormHandle(robot);
        form.waitUntilOpen("givenName");
        robot.write(given, 0);
        form.type("familyName", family);
    }

    private String fieldText(String query) {
        return onFx(() -> robot.lookup(query).queryAs(TextField.class).getText());
    }

    private Stage stage() {
        return (Stage) window.navigation().getScene().getWindow();
    }

    /** What the window manager's close (WM_DELETE_WINDOW) and the title bar's close button send. */
    private void requestClose() {
        Stage stage = onFx(this::stage);
        // Not robot.interact: it would wait for the question, which waits for the test.
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage,
                WindowEvent.WINDOW_CLOSE_REQUEST)));
        FxSettle.settle();
    }

    private Object findMenuItem(String id) {
        return onFx(() -> ((MenuBar) robot.lookup("#menuBar").query()).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow());
    }

    /** The family names in the file, read by a store of its own once the window has closed or saved. */
    private Set<String> familyNamesInTheFile() {
        try (RecordStore reader = TestStores.opener().openWriterOrReader(file)) {
            return reader.people().findAll().stream().map(Person::familyName)
                    .collect(Collectors.toSet());
        }
    }
}
