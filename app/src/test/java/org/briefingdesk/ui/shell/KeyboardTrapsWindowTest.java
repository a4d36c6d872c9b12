package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.keys;
import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.PopupWindow;
import org.briefingdesk.testutil.FxSettle;
import org.junit.jupiter.api.Test;

/**
 * The real window, headless, driven by the keyboard as a fast typist drives it: Tab leaves link fields
 * and text areas, undo/redo pressed faster than a command completes ends where it should, impossible
 * years are refused and far ones asked about, a blocked delete says only what blocks it, and the search
 * field and its hints behave with hostile or pasted input.
 */
class KeyboardTrapsWindowTest extends WindowFixture {
    private final FormHandle form = new FormHandle(robot);
    private final DialogHandle dialog = new DialogHandle(robot);

    @Test
    void tabOnAnOpenSuggestionListCompletesTheChoiceAndMovesOn() {
        newPerson();
        Node country = form.field("country");
        form.type(country, "Česk");
        waitUntil(() -> suggestion("Česko (CZ)").isPresent());
        keys(robot, KeyCode.TAB);
        waitUntil(() -> !country.isFocused());
        robot.write("Home", 0);
        assertEquals("Česko (CZ)", onFx(() -> ((TextField) country).getText()), "the next typing lands elsewhere");
    }

    /**
     * Suggestions come a moment after the typing; a list for a field already left (Tab at once, as a fast typist
     * does) does not show, where it took the next field's Enter: an alias typed and confirmed chose a country.
     */
    @Test
    void aSuggestionListForAFieldAlreadyLeftDoesNotShow() throws InterruptedException {
        newPerson();
        Node country = form.field("country");
        form.type(country, "Česk");
        keys(robot, KeyCode.TAB);
        waitUntil(() -> !country.isFocused());
        Thread.sleep(600); // past the lookup's delay: a list that would show has shown
        FxSettle.settle();
        assertFalse(onFx(() -> suggestion("Česko (CZ)").isPresent()), "a list under the field left");
    }

    /**
     * A suggestion chosen puts its label into the field; the list does not open again for that label a moment
     * later, where it took the click meant for the next field (the click only closed it).
     */
    @Test
    void aChosenSuggestionDoesNotOpenTheListAgain() throws InterruptedException {
        newPerson();
        form.choose("country", "Spojené král", "Spojené království (GB)");
        Thread.sleep(600); // past the lookup's delay: a list that would show has shown
        FxSettle.settle();
        assertFalse(onFx(() -> suggestion("Spojené království (GB)").isPresent()), "the list open again");
    }

    @Test
    void tabLeavesATextAreaAndCtrlTabInsertsATab() {
        newPerson();
        TextArea notes = (TextArea) form.field("notes");
        form.type(notes, "Poznámka");
        keys(robot, KeyCode.TAB);
        waitUntil(() -> !notes.isFocused());
        assertEquals("Poznámka", onFx(notes::getText), "Tab typed nothing");

        robot.clickOn(notes);
        keys(robot, KeyCode.END);
        keys(robot, KeyCode.CONTROL, KeyCode.TAB);
        FxSettle.settle();
        assertEquals("Poznámka\t", onFx(notes::getText));
        assertTrue(onFx(notes::isFocused), "Ctrl+Tab stays in the field");
    }

    @Test
    void undoAndRedoPressedFasterThanACommandCompletesEndWhereTheyShould() {
        newPerson();
        robot.write("Jan", 0);
        form.type("familyName", "Zpětný");
        form.save();
        waitUntil(() -> window.firstColumn(Section.PEOPLE).contains("Jan Zpětný"));
        waitUntil(() -> window.statusCounts().contains("Osoby 4"));

        // Ten pairs of Ctrl+Z, Ctrl+Y in one burst: none waits for the command before it.
        robot.interact(() -> {
            Scene scene = window.navigation().getScene();
            for (int i = 0; i < 10; i++) {
                shortcut(scene, KeyCode.Z);
                shortcut(scene, KeyCode.Y);
            }
        });
        // Ends where it started: the person is there, the next undo would remove him again.
        waitUntil(() -> robot.lookup("#undoButton").queryButton().getTooltip().getText().contains("Zpětný")
                && !robot.lookup("#undoButton").queryButton().isDisabled()
                && robot.lookup("#redoButton").queryButton().isDisabled());
        waitUntil(() -> window.statusCounts().contains("Osoby 4"));
        waitUntil(() -> window.firstColumn(Section.PEOPLE).contains("Jan Zpětný"));
    }

    @Test
    void anImpossibleYearIsRefusedAtTheFieldAndAFarDateIsAskedAbout() {
        window.newRecord(Section.EVENTS);
        form.waitUntilOpen("title");
        robot.write("Jednání o archivu", 0);
        form.type("startDate", "1. 1. 0000");
        keys(robot, KeyCode.TAB);
        waitUntil(() -> robot.lookup(".field-error").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("1. 1. 0000")));
        assertTrue(onFx(() -> robot.lookup("#saveButton").queryButton().isDisabled()), form.errors());

        form.type("startDate", "1. 1. 1950");
        keys(robot, KeyCode.TAB);
        waitUntil(() -> !robot.lookup("#saveButton").queryButton().isDisabled());
        keys(robot, KeyCode.CONTROL, KeyCode.S);
        String question = dialog.waitFor("daleko");
        assertTrue(question.contains("1. 1. 1950"), question);
        dialog.answer("Ne");
        assertTrue(robot.lookup("#formPage").tryQuery().isPresent(), "the form stays");
        keys(robot, KeyCode.CONTROL, KeyCode.S);
        dialog.waitFor("daleko");
        dialog.answer("Ano");
        waitUntil(() -> window.firstColumn(Section.EVENTS).contains("Jednání o archivu"));
    }

    @Test
    void theDeleteDialogOfABlockedPersonSaysWhatBlocksAndNothingWillBeRemoved() {
        window.openSection(Section.PEOPLE);
        window.clickRow(Section.PEOPLE, "Vít Rakušan");
        keys(robot, KeyCode.DELETE);
        String text = dialog.waitForText("nelze smazat");
        assertFalse(text.contains("bude odebrán"), text);
        assertTrue(text.contains("brání smazání"), text);
        dialog.answer("OK");
        assertTrue(window.firstColumn(Section.PEOPLE).contains("Vít Rakušan"));
    }

    @Test
    void hostileSearchesHintAtFiltersOnlyWhenAFilterWasTyped() {
        for (String hostile : new String[] {"-", "NEAR(a b, -1)", "'; DROP TABLE people; --"}) {
            search(hostile);
            waitUntil(() -> searchStatus().startsWith("Nic nenalezeno"));
            assertFalse(searchStatus().contains("filtr"), hostile + ": " + searchStatus());
        }
        search("kdo:Nikdo");
        waitUntil(() -> searchStatus().contains("filtr"));
    }

    @Test
    void aPastedTabOrLineBreakInTheSearchFieldIsASpace() {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("Rakušan\tLondýn\nsummit");
            Clipboard.getSystemClipboard().setContent(content);
        });
        keys(robot, KeyCode.CONTROL, KeyCode.F);
        keys(robot, KeyCode.CONTROL, KeyCode.V);
        FxSettle.settle();
        assertEquals("Rakušan Londýn summit", onFx(() -> robot.lookup("#searchField").queryAs(TextField.class)
                .getText()));
    }

    @Test
    void anEmojiTypedIsStoredExactlyAndHalfACharacterFromTheKeyboardIsRefusedVisibly() {
        newPerson();
        robot.write("Ema", 0);
        form.type("familyName", "Smajlíková");
        TextArea notes = (TextArea) form.field("notes");
        form.type(notes, "Úsměv \uD83D\uDE00"); // U+1F600 as two key events, as Windows sends it
        assertEquals("Úsměv \uD83D\uDE00", onFx(notes::getText));

        // GTK delivers U+1F600 as the one key character U+F600: refused, and the window says so.
        robot.write("\uF600", 0);
        assertEquals("Úsměv \uD83D\uDE00", onFx(notes::getText), "nothing else stored in its place");
        waitUntil(() -> robot.lookup("#statusMessage").queryAs(Label.class).getText().contains("Ctrl+V"));
    }

    private void newPerson() {
        window.newRecord(Section.PEOPLE);
        form.waitUntilOpen("givenName");
    }

    private void search(String query) {
        keys(robot, KeyCode.CONTROL, KeyCode.F);
        keys(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write(query, 0);
        FxSettle.settle();
    }

    private String searchStatus() {
        return onFx(() -> robot.lookup("#status").tryQueryAs(Label.class).map(Label::getText).orElse(""));
    }

    private static void shortcut(Scene scene, KeyCode key) {
        Node target = scene.getFocusOwner() == null ? scene.getRoot() : scene.getFocusOwner();
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, true, false, false));
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", key, false, true, false, false));
    }

    private Optional<ListCell<?>> suggestion(String label) {
        return robot.lookup(".list-cell").match((ListCell<?> c) -> label.equals(c.getText()) && c.isVisible()
                && c.getScene() != null && c.getScene().getWindow() instanceof PopupWindow
                && c.getScene().getWindow().isShowing()).tryQuery();
    }
}
