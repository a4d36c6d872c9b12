package org.briefingdesk.ui.shell;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.input.KeyCombination;

/**
 * One command of the main window, defined once: its label, its keys, its toolbar look, when it can be used
 * and what it does. {@link ActionFactory} builds the menu item, the toolbar button and the line of the
 * shortcut list (Nápověda › Klávesové zkratky) from it, so the three cannot disagree.
 *
 * @param id          names the nodes built from it: {@code #<id>Item} in the menu, {@code #<id>Button} on the
 *                    toolbar
 * @param labelKey    the bundle key of the menu's label, also the shortcut list's
 * @param keys        the first is the accelerator the menu shows; the others work as well (Ctrl+Shift+Z)
 * @param toolbarKey  the bundle key of the toolbar button's shorter label; null for none
 * @param icon        a glyph shown on the toolbar button in place of a label; null for none
 * @param enabled     when the action can be used (menu item, button and keys follow it)
 * @param text        a label that changes ("Zpět: úprava osoby Yvette Cooper"); null: the bundle's label
 * @param handler     what the action does, on the FX thread
 */
public record WindowAction(String id, String labelKey, List<KeyCombination> keys, String toolbarKey, String icon,
                           ObservableBooleanValue enabled, ObservableStringValue text, Runnable handler) {
    private static final ObservableBooleanValue ALWAYS = Bindings.createBooleanBinding(() -> true);

    public WindowAction {
        Objects.requireNonNull(id);
        Objects.requireNonNull(labelKey);
        keys = List.copyOf(keys);
        Objects.requireNonNull(enabled);
        Objects.requireNonNull(handler);
    }

    /** An action always enabled, without keys or a toolbar button; the with… methods add them. */
    public static WindowAction of(String id, String labelKey, Runnable handler) {
        return new WindowAction(id, labelKey, List.of(), null, null, ALWAYS, null, handler);
    }

    /** Its keys, written as {@link KeyCombination#valueOf} reads them ("Shortcut+N", "Alt+Left", "F1"). */
    public WindowAction withKeys(String... combinations) {
        return new WindowAction(id, labelKey, Stream.of(combinations).map(KeyCombination::valueOf).toList(),
                toolbarKey, icon, enabled, text, handler);
    }

    /** A toolbar button with this label. */
    public WindowAction withToolbarLabel(String key) {
        return new WindowAction(id, labelKey, keys, key, icon, enabled, text, handler);
    }

    /** A toolbar button showing this glyph (the label is its tooltip). */
    public WindowAction withIcon(String glyph) {
        return new WindowAction(id, labelKey, keys, toolbarKey, glyph, enabled, text, handler);
    }

    public WindowAction enabledWhen(ObservableBooleanValue condition) {
        return new WindowAction(id, labelKey, keys, toolbarKey, icon, condition, text, handler);
    }

    public WindowAction withText(ObservableStringValue label) {
        return new WindowAction(id, labelKey, keys, toolbarKey, icon, enabled, label, handler);
    }

    /** True when the action has a toolbar button. */
    public boolean onToolbar() {
        return toolbarKey != null || icon != null;
    }

    /** The key the menu shows beside the label. */
    public Optional<KeyCombination> accelerator() {
        return keys.isEmpty() ? Optional.empty() : Optional.of(keys.get(0));
    }

    /** Runs the handler when the action can be used (a key pressed while its menu item is disabled does nothing). */
    public void runIfEnabled() {
        if (enabled.get()) {
            handler.run();
        }
    }
}
