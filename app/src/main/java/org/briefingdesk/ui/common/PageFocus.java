package org.briefingdesk.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Puts the cursor in a control of a page just shown. A {@code ScrollPane} adds its content to the
 * scene only when its skin is created, in the page's first CSS pass; until then a control inside it has
 * no scene and {@code requestFocus()} is silently ignored. Keys typed before the next pulse then went to
 * the old focus owner, and JavaFX's focus clean-up could hand the focus to the window's first control
 * (the search field). So style the page at once, which creates the skins, and then ask for the focus.
 */
public final class PageFocus {
    private PageFocus() {
    }

    /**
     * Focuses {@code field} of {@code page}, a page already placed in the window. Does nothing when the
     * page has been taken out of the window again in the meantime (the user went on elsewhere).
     */
    public static void request(Parent page, Node field) {
        if (page.getScene() == null) {
            return;
        }
        page.applyCss();
        field.requestFocus();
    }
}
