package org.briefingdesk.ui.common;

import java.util.Collection;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Callback;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.AutoCompletionBinding.ISuggestionRequest;
import org.controlsfx.control.textfield.TextFields;

/**
 * Auto-completion under a text field (ControlsFX), with the keys of the suggestion list finishing their
 * job: Tab takes the suggestion and moves on to the next field (the list used to keep the focus in the
 * field, so the next typing was appended to the choice), and Enter takes it without also pressing the
 * window's default button (in Podklady, "Uložit podklad…").
 */
public final class Suggestions {
    private Suggestions() {
    }

    public static <T> AutoCompletionBinding<T> bind(TextField field,
                                                    Callback<ISuggestionRequest, Collection<T>> provider) {
        AutoCompletionBinding<T> binding = TextFields.bindAutoCompletion(field, provider);
        // The list's keys reach the suggestion popup first (JavaFX redirects them to it), then the window.
        KeyEvent[] pressed = {null};
        binding.getAutoCompletionPopup().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            pressed[0] = e;
            Platform.runLater(() -> pressed[0] = null); // the choice, if any, is made while this key is handled
        });
        binding.getAutoCompletionPopup().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) {
                e.consume(); // it chose the suggestion: it is not also a key of the window
            }
        });
        binding.setOnAutoCompleted(e -> {
            KeyEvent key = pressed[0];
            if (key != null && key.getCode() == KeyCode.TAB) {
                // The field's own Tab (Shift+Tab) moves on (back), once the list has closed.
                Platform.runLater(() -> field.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                        key.isShiftDown(), false, false, false)));
            }
        });
        return binding;
    }
}
