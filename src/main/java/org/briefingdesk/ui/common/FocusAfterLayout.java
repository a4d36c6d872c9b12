package org.briefingdesk.ui.common;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;

/**
 * Puts the cursor in a control of a page just shown. JavaFX tidies up the focus of the page that was
 * removed during the next pulse and may then hand it to the window's first control (the search
 * field), after a plain request: so ask at once, and once more when that pulse is over.
 */
public final class FocusAfterLayout {
    private FocusAfterLayout() {
    }

    public static void request(Node node) {
        node.requestFocus();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // Timers run at the start of a pulse: the second frame comes after the first clean-up.
                if (++frames >= 2) {
                    stop();
                    if (node.getScene() != null && node.getScene().getFocusOwner() != node) {
                        node.requestFocus();
                    }
                }
            }
        }.start();
    }
}
