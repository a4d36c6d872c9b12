package org.briefingdesk.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Keys that move through a form as they do everywhere else, also where JavaFX controls would trap them. */
public final class FormKeys {
    private FormKeys() {
    }

    /**
     * Tab leaves a text area for the next field and Shift+Tab for the previous one, as in a single-line
     * field; Ctrl+Tab types a tab character for whoever needs one (JavaFX has it the other way round).
     */
    public static void tabLeaves(TextArea area) {
        boolean[] moving = {false};
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB || moving[0] || e.isAltDown() || e.isMetaDown() || !area.isEditable()) {
                return;
            }
            e.consume();
            if (e.isControlDown()) {
                area.replaceSelection("\t");
                return;
            }
            // The text area's own Ctrl+Tab (Ctrl+Shift+Tab) moves the focus on (back).
            moving[0] = true;
            try {
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            } finally {
                moving[0] = false;
            }
        });
    }
}
