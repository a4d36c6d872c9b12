package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.keys;
import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.briefingdesk.testutil.FxSettle;
import org.testfx.api.FxRobot;

/** Page object for the Podklady section, by fx:id. */
final class BriefingsHandle {
    private final FxRobot robot;

    BriefingsHandle(FxRobot robot) {
        this.robot = robot;
    }

    Node lookup(String query) {
        return robot.lookup(query).query();
    }

    void click(String query) {
        robot.clickOn(lookup(query));
        FxSettle.settle();
    }

    /** Presses a button (as the keyboard's space does). */
    void press(String query) {
        onFx(() -> {
            Button button = (Button) lookup(query);
            if (button.isDisabled()) {
                throw new AssertionError(query + " is disabled");
            }
            button.fire();
            return null;
        });
        FxSettle.settle();
    }

    /** Chooses a toggle (a kind or a format) as a click on it does. */
    void choose(String query) {
        onFx(() -> {
            ((ToggleButton) lookup(query)).fire();
            return null;
        });
        FxSettle.settle();
    }

    /** Types into the target field and leaves it, as a user does. */
    void typeTarget(String text) {
        robot.clickOn("#briefingTarget");
        MainWindowHandle.write(robot, text);
        FxSettle.settle();
        keys(robot, KeyCode.ESCAPE); // closes the suggestions
        keys(robot, KeyCode.TAB);
        FxSettle.settle();
    }

    String targetText() {
        return onFx(() -> robot.lookup("#briefingTarget").queryAs(TextField.class).getText());
    }

    /** Every text on the preview sheet, one per line. */
    String previewText() {
        return onFx(() -> String.join("\n", texts(lookup("#previewSheet"))));
    }

    boolean doneShown() {
        return onFx(() -> lookup("#doneBox").isVisible() && lookup("#doneBox").getScene() != null);
    }

    /** The texts of the labels and text nodes under a node, in order. */
    static List<String> texts(Node node) {
        List<String> texts = new ArrayList<>();
        collect(node, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText());
        } else if (node instanceof Text text) {
            texts.add(text.getText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }
}
