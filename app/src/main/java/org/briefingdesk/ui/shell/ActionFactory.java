package org.briefingdesk.ui.shell;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import org.briefingdesk.logic.i18n.Localization;

/**
 * Builds the window's controls from its {@link WindowAction}s (JabRef's ActionFactory): a menu item, a
 * toolbar button, the key handling of the extra keys, and the lines of the shortcut list.
 */
final class ActionFactory {
    /** A line of the shortcut list: what the keys do, and the keys as the desktop writes them. */
    record Shortcut(String label, String keys) {
    }

    private final Localization l10n;

    ActionFactory(Localization l10n) {
        this.l10n = l10n;
    }

    MenuItem menuItem(WindowAction action) {
        MenuItem item = new MenuItem(l10n.get(action.labelKey()));
        item.setId(action.id() + "Item");
        if (action.text() != null) {
            item.textProperty().bind(action.text());
        }
        action.accelerator().ifPresent(item::setAccelerator);
        item.disableProperty().bind(Bindings.not(action.enabled()));
        item.setOnAction(e -> action.handler().run());
        return item;
    }

    /** The toolbar's button: its label or glyph, and the menu's label with the key as its tooltip. */
    Button button(WindowAction action) {
        Button button = new Button(action.icon() != null ? action.icon() : l10n.get(action.toolbarKey()));
        button.setId(action.id() + "Button");
        button.getStyleClass().add("tool-button");
        Tooltip tooltip = new Tooltip();
        String keys = action.accelerator().map(k -> " (" + k.getDisplayText() + ")").orElse("");
        if (action.text() != null) {
            tooltip.textProperty().bind(Bindings.concat(action.text(), keys));
        } else {
            tooltip.setText(l10n.get(action.labelKey()) + keys);
        }
        button.setTooltip(tooltip);
        button.disableProperty().bind(Bindings.not(action.enabled()));
        button.setOnAction(e -> action.handler().run());
        return button;
    }

    /**
     * The keys beyond an action's accelerator (Ctrl+Shift+Z beside Ctrl+Y): handled as the key event bubbles up
     * to {@code root}, so a text field that uses the key itself keeps it.
     */
    void handleExtraKeys(Node root, List<WindowAction> actions) {
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            for (WindowAction action : actions) {
                if (action.keys().stream().skip(1).anyMatch(k -> k.match(e))) {
                    action.runIfEnabled();
                    e.consume();
                    return;
                }
            }
        });
    }

    /** The shortcut list: every action that has keys, in the order given, all its keys on one line. */
    List<Shortcut> shortcuts(List<WindowAction> actions) {
        return actions.stream().filter(a -> !a.keys().isEmpty())
                .map(a -> new Shortcut(l10n.get(a.labelKey()), a.keys().stream()
                        .map(k -> k.getDisplayText()).collect(Collectors.joining(" / "))))
                .toList();
    }
}
