package org.briefingdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.briefingdesk.testutil.FxSettle;
import org.briefingdesk.testutil.Locks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A page whose first field sits in a ScrollPane, shown in place of another: the field has the focus as
 * soon as it is asked for (keys typed next land there), and keeps it through JavaFX's focus clean-up.
 */
@ResourceLock(Locks.FX_TOOLKIT)
@ExtendWith(ApplicationExtension.class)
class PageFocusTest {
    private StackPane content;
    private TextField oldField;
    private TextField searchField;

    @Start
    void start(Stage stage) {
        searchField = new TextField();
        oldField = new TextField();
        content = new StackPane(new VBox(oldField));
        stage.setScene(new Scene(new VBox(searchField, content), 400, 300));
        stage.show();
        oldField.requestFocus();
    }

    @Test
    void fieldInsideAScrollPaneHasTheFocusAtOnceAndKeepsIt() throws Exception {
        TextField target = new TextField();
        TextField focusedAtOnce = onFx(() -> {
            VBox page = new VBox(new ScrollPane(new VBox(target)));
            content.getChildren().setAll(page); // as the window shows a section: no pulse until this returns
            PageFocus.request(page, target);
            return (TextField) page.getScene().getFocusOwner();
        });
        assertSame(target, focusedAtOnce);
        FxSettle.settle(); // pulses: the focus clean-up of the removed page
        assertSame(target, onFx(() -> target.getScene().getFocusOwner()));
    }

    @Test
    void pageTakenOutAgainTakesNoFocus() throws Exception {
        TextField target = new TextField();
        onFx(() -> {
            VBox page = new VBox(new ScrollPane(new VBox(target)));
            PageFocus.request(page, target); // never placed in the window
            return null;
        });
        FxSettle.settle();
        assertNotSame(target, onFx(() -> searchField.getScene().getFocusOwner()));
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
