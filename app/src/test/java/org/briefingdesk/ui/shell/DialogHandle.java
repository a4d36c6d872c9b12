package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import org.briefingdesk.testutil.FxSettle;
import org.testfx.api.FxRobot;

/** Page object for the dialog the window shows (a real JavaFX alert): its texts, and a click on an answer. */
final class DialogHandle {
    private final FxRobot robot;

    DialogHandle(FxRobot robot) {
        this.robot = robot;
    }

    /** Waits for a dialog whose header contains {@code headerPart}, and returns its header and text. */
    String waitFor(String headerPart) {
        waitUntil(() -> showing().map(p -> p.getHeaderText() != null && p.getHeaderText().contains(headerPart))
                .orElse(false));
        return onFx(() -> showing().map(p -> p.getHeaderText() + "\n" + p.getContentText()).orElse(""));
    }

    /** Waits for a dialog whose header or text contains {@code part}, and returns its header and text. */
    String waitForText(String part) {
        waitUntil(() -> showing().map(p -> (p.getHeaderText() + "\n" + p.getContentText()).contains(part))
                .orElse(false));
        return onFx(() -> showing().map(p -> p.getHeaderText() + "\n" + p.getContentText()).orElse(""));
    }

    /** Clicks the answer with this text in the dialog on screen, and waits for the dialog to go. */
    void answer(String buttonText) {
        DialogPane pane = showing().orElseThrow(() -> new AssertionError("no dialog on screen"));
        Button button = onFx(() -> robot.from(pane).lookup(".button")
                .match((Button b) -> buttonText.equals(b.getText())).query());
        robot.clickOn(button);
        waitUntil(() -> pane.getScene() == null || !pane.getScene().getWindow().isShowing());
        FxSettle.settle();
    }

    /** True while any dialog is on screen. */
    boolean isShowing() {
        return showing().isPresent();
    }

    private Optional<DialogPane> showing() {
        return onFx(() -> robot.lookup(".dialog-pane").match((DialogPane p) -> p.getScene() != null
                && p.getScene().getWindow() != null && p.getScene().getWindow().isShowing())
                .tryQueryAs(DialogPane.class));
    }
}
