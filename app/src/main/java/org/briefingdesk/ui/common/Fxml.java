package org.briefingdesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML with the view object itself as its controller (each screen part is a small
 * class that loads its own FXML), resolving {@code %key} strings from the given bundle.
 */
public final class Fxml {
    private Fxml() {
    }

    public static <T extends Parent> T load(Object controller, String fxmlName, ResourceBundle bundle) {
        URL url = controller.getClass().getResource(fxmlName);
        if (url == null) {
            throw new IllegalStateException("FXML not found beside " + controller.getClass().getName() + ": "
                    + fxmlName);
        }
        FXMLLoader loader = new FXMLLoader(url, bundle);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + url, e);
        }
    }

    /** A view without a controller of its own (a static page). */
    public static <T extends Parent> T loadStatic(Class<?> owner, String fxmlName, ResourceBundle bundle) {
        FXMLLoader loader = new FXMLLoader(owner.getResource(fxmlName), bundle);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxmlName, e);
        }
    }
}
