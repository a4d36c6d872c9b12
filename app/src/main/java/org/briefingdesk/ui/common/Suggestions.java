package org.briefingdesk.ui.common;

import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.WindowEvent;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * Auto-completion under a text field (ControlsFX), with the keys of the suggestion list finishing their
 * job: Tab takes the suggestion and moves on to the next field (the list used to keep the focus in the
 * field, so the next typing was appended to the choice), and Enter takes it without also pressing the
 * window's default button (in Podklady, "Uložit podklad…"). Suggestions are always for what the field holds
 * now: ControlsFX fetches them on a thread per keystroke, and with fast typing the answer for an earlier
 * prefix ("Č", which Cookovy ostrovy matches) could arrive last and put its first suggestion under Tab.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /** @param provider the suggestions for a text (called off the FX thread) */
    public static <T> AutoCompletionBinding<T> bind(TextField field, Function<String, Collection<T>> provider) {
        AtomicReference<String> typed = new AtomicReference<>(field.getText());
        field.textProperty().addListener((obs, old, now) -> typed.set(now));
        AutoCompletionBinding<T> binding = TextFields.bindAutoCompletion(field, request -> current(typed, provider));
        onlyUnderTheFocusedField(field, binding);
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

    /**
     * The list shows only while its field has the focus. ControlsFX looks suggestions up a moment after the
     * typing; a list arriving for a field already left (Tab at once) took the keys meant for the next field: an
     * alias typed and confirmed with Enter chose a country instead.
     */
    public static void onlyUnderTheFocusedField(TextField field, AutoCompletionBinding<?> binding) {
        binding.getAutoCompletionPopup().addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            if (!field.isFocused()) {
                // A turn later: hidden while it is being shown, the popup fails to let go of its owner.
                Platform.runLater(() -> {
                    if (!field.isFocused()) {
                        binding.getAutoCompletionPopup().hide();
                    }
                });
            }
        });
    }

    /** The suggestions for the field's text as it is once they are ready (typing may have gone on meanwhile). */
    private static <T> Collection<T> current(AtomicReference<String> typed, Function<String, Collection<T>> provider) {
        String text;
        Collection<T> found;
        do {
            text = typed.get();
            found = provider.apply(text == null ? "" : text);
        } while (!Objects.equals(text, typed.get()));
        return found;
    }
}
