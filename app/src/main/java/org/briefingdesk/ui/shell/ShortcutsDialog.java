package org.briefingdesk.ui.shell;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.briefingdesk.logic.i18n.Localization;

/**
 * Nápověda › Klávesové zkratky (F1): every key of the window's actions beside what it does, in the window's
 * language. The lines come from the actions themselves, so the list cannot fall behind the menus.
 */
final class ShortcutsDialog {
    private final Dialog<Void> dialog = new Dialog<>();

    ShortcutsDialog(List<ActionFactory.Shortcut> shortcuts, Localization l10n, Window owner) {
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setTitle(l10n.get("ui.shortcuts.title"));
        dialog.setHeaderText(l10n.get("ui.shortcuts.header"));
        GridPane list = new GridPane();
        list.setId("shortcutsList");
        list.getStyleClass().add("shortcuts-list");
        int row = 0;
        for (ActionFactory.Shortcut shortcut : shortcuts) {
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("shortcut-keys");
            Label label = new Label(shortcut.label());
            label.getStyleClass().add("shortcut-label");
            list.addRow(row++, keys, label);
        }
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(l10n.get("ui.shortcuts.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    void show() {
        dialog.show();
    }
}
