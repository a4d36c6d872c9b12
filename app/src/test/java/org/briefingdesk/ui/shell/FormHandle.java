package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.click;
import static org.briefingdesk.ui.shell.MainWindowHandle.keys;
import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.scrollIntoView;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.PopupWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Page object for the open record form: fields found by fx:id, typed into by the keyboard, suggestions and
 * choices picked with the mouse from their popup, as a user does. Every wait is on a condition, never a sleep.
 */
final class FormHandle {
    private final FxRobot robot;

    FormHandle(FxRobot robot) {
        this.robot = robot;
    }

    /**
     * Waits for the form (opened with Ctrl+N). The cursor should be in its first field (RecordFormsTest asserts
     * it; PageFocus fixed the search field taking it after a save): should it ever be elsewhere, this
     * logs it and clicks the first field, so that the entry goes on and the log shows the regression.
     */
    void waitUntilOpen(String firstFieldId) {
        waitUntil(() -> robot.lookup("#formPage").tryQuery().isPresent());
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS,
                    () -> onFx(() -> field(firstFieldId).isFocused()));
        } catch (TimeoutException e) {
            System.getLogger("FormHandle").log(System.Logger.Level.WARNING, "form opened with the focus on "
                    + onFx(() -> field(firstFieldId).getScene().getFocusOwner()) + ", not on " + firstFieldId);
            click(robot, field(firstFieldId));
        }
    }

    Node field(String fxId) {
        return robot.from(robot.lookup("#formPage").queryAs(Node.class)).lookup("#" + fxId).query();
    }

    /** Clicks the field and types the text in place of what it held. */
    void type(String fxId, String text) {
        type(field(fxId), text);
    }

    void type(Node control, String text) {
        scrollIntoView(control);
        // A click that lands while a suggestion list is closing or showing only closes it (a popup consumes the
        // click that hides it): the focus stays where it was, and the text would go there. Clicked again.
        for (int attempt = 1; ; attempt++) {
            click(robot, control);
            if (onFx(() -> hasFocusWithin(control))) {
                break;
            }
            assertTrue(attempt < 3, "the click did not give the focus to " + control + "; focus on " + focusOwner());
        }
        keys(robot, KeyCode.CONTROL, KeyCode.A);
        MainWindowHandle.write(robot, text);
    }

    /** True when the control or a node inside it (a date picker's editor) has the keyboard's focus. */
    private static boolean hasFocusWithin(Node control) {
        if (control.getScene() == null) {
            return false;
        }
        for (Node owner = control.getScene().getFocusOwner(); owner != null; owner = owner.getParent()) {
            if (owner == control) {
                return true;
            }
        }
        return false;
    }

    /** Types text with line breaks into a text area, Enter between the lines. */
    void typeLines(String fxId, String text) {
        Node area = field(fxId);
        type(area, "");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                keys(robot, KeyCode.ENTER);
            }
            MainWindowHandle.write(robot, lines[i]);
        }
    }

    /** Types part of a name into a link field and clicks the suggestion with this label. */
    void choose(String fxId, String typed, String label) {
        choose(field(fxId), typed, label);
    }

    void choose(Node linkField, String typed, String label) {
        type(linkField, typed);
        clickPopupCell(label);
        waitUntil(() -> label.equals(((TextField) linkField).getText()));
    }

    /** Adds a chip (a topic) by typing part of its name and clicking the suggestion. */
    void chip(String fxId, String typed, String label) {
        type(fxId, typed);
        String chipsId = fxId + "Chips";
        Callable<Boolean> added = () -> robot.from(field(chipsId)).lookup(".chip-label")
                .match((Label l) -> label.equals(l.getText())).tryQuery().isPresent()
                && ((TextField) field(fxId)).getText().isEmpty();
        // On a loaded machine a later answer can redraw the list between finding the cell and the click:
        // the click then lands on nothing, and the suggestion is clicked again. A click that landed (the field
        // no longer holds what was typed) is not repeated: the chip may just be slow to show.
        for (int attempt = 1; ; attempt++) {
            clickPopupCell(label);
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(added));
                return;
            } catch (TimeoutException e) {
                boolean landed = !onFx(() -> ((TextField) field(fxId)).getText()).equals(typed);
                if (landed || attempt == 3) {
                    waitUntil(added);
                    return;
                }
            }
        }
    }

    /** Adds free-text chips (aliases): each typed and confirmed with Enter. */
    void freeChips(String fxId, String... items) {
        for (String item : items) {
            type(fxId, item);
            keys(robot, KeyCode.ENTER);
        }
    }

    /** Picks the item shown with this label from a choice box. */
    void pick(String fxId, String label) {
        pick(field(fxId), label);
    }

    void pick(Node comboBox, String label) {
        scrollIntoView(comboBox);
        click(robot, comboBox);
        clickPopupCell(label);
        waitUntil(() -> label.equals(((ComboBox<?>) comboBox).getConverter()
                .toString(cast(((ComboBox<?>) comboBox).getValue()))));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    /** Clicks "add" under a list of rows and returns the new row's parts (text fields, choice boxes). */
    RowHandle addRow(String rowsId) {
        int index = onFx(() -> ((Pane) field(rowsId)).getChildren().size());
        Node add = field(rowsId + "Add");
        scrollIntoView(add);
        click(robot, add);
        // A click while the form still scrolls the button into view can land beside it: click again then, as
        // long as no row was added (so a slow answer to the first click never adds two).
        for (int attempt = 0; attempt < 3 && !rowShown(rowsId, index, 5); attempt++) {
            if (onFx(() -> ((Pane) field(rowsId)).getChildren().size()) == index) {
                scrollIntoView(add);
                click(robot, add);
            }
        }
        waitUntil(() -> robot.lookup("#" + rowsId + "Row" + index).tryQuery().isPresent());
        Node row = robot.lookup("#" + rowsId + "Row" + index).query();
        return new RowHandle(onFx(() -> List.copyOf(robot.from(row).lookup(".text-field")
                .queryAllAs(TextField.class))), onFx(() -> robot.from(row).lookup(".combo-box")
                .tryQueryAs(ComboBox.class)));
    }

    private boolean rowShown(String rowsId, int index, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                    () -> robot.lookup("#" + rowsId + "Row" + index).tryQuery().isPresent());
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** A row's text fields in their order, and its choice box if it has one. */
    record RowHandle(List<TextField> fields, Optional<ComboBox> choice) {
        TextField field(int i) {
            return fields.get(i);
        }
    }

    /** Saves with Ctrl+S once Save is enabled (failing with the form's sentences if it never is). */
    void save() {
        try {
            waitUntil(() -> !robot.lookup("#saveButton").queryAs(Button.class).isDisabled());
        } catch (AssertionError e) {
            assertTrue(false, "Save stays disabled: " + errors());
        }
        keys(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> robot.lookup("#formPage").tryQuery().isEmpty());
    }

    /** The sentences shown at the fields and for the form. */
    String errors() {
        return onFx(() -> robot.lookup(".field-error, .form-error").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> !t.isEmpty()).toList().toString());
    }

    /**
     * Clicks the suggestion or choice with this label; should the list be redrawn before the pointer gets there
     * (a later answer on a loaded machine), the cell is looked up again rather than clicked for another item.
     */
    private void clickPopupCell(String label) {
        for (int attempt = 1; ; attempt++) {
            try {
                waitUntil(() -> popupCell(label).isPresent());
            } catch (AssertionError e) {
                throw new AssertionError("no suggestion " + label + "; focus on " + focusOwner(), e);
            }
            Optional<ListCell<?>> cell = popupCell(label);
            if (cell.isPresent() && click(robot, cell.get(), () -> label.equals(cell.get().getText())
                    && cell.get().getScene().getWindow().isShowing())) {
                return;
            }
            assertTrue(attempt < 10, "the suggestion " + label + " kept changing under the pointer");
        }
    }

    private String focusOwner() {
        return onFx(() -> {
            Node owner = robot.lookup("#formPage").query().getScene().getFocusOwner();
            return owner + (owner instanceof TextField t ? " holding '" + t.getText() + "'" : "");
        });
    }

    private Optional<ListCell<?>> popupCell(String label) {
        return onFx(() -> robot.lookup(".list-cell").match((ListCell<?> c) -> label.equals(c.getText())
                && c.isVisible() && c.getScene() != null && c.getScene().getWindow() instanceof PopupWindow
                && c.getScene().getWindow().isShowing()).tryQuery());
    }
}
