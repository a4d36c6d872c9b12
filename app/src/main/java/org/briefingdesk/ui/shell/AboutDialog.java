package org.briefingdesk.ui.shell;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.briefingdesk.logic.i18n.Localization;

/**
 * Nápověda › O aplikaci: what the application is, its version and licence, and where the open database, its
 * backups and the log are (each on a line of its own, wrapped rather than cut).
 */
final class AboutDialog {
    /** A line of the dialog: what it names, and the value. */
    record Line(String labelKey, String value) {
    }

    private final Dialog<Void> dialog = new Dialog<>();

    AboutDialog(Localization l10n, Window owner, String version, List<Line> lines) {
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setTitle(l10n.get("ui.about.title"));
        dialog.setHeaderText(l10n.get("ui.about.header", version));
        dialog.getDialogPane().setId("aboutDialog");
        Label text = new Label(l10n.get("ui.about.text"));
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setMinHeight(Region.USE_PREF_SIZE);
        GridPane list = new GridPane();
        list.setId("aboutList");
        list.getStyleClass().add("shortcuts-list");
        int row = 0;
        for (Line line : lines) {
            Label name = new Label(l10n.get(line.labelKey()));
            name.getStyleClass().add("field-label");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(line.value());
            value.getStyleClass().add("about-value");
            value.setWrapText(true);
            value.setMaxWidth(440);
            value.setMinHeight(Region.USE_PREF_SIZE);
            list.addRow(row++, name, value);
        }
        VBox content = new VBox(12, text, list);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(l10n.get("ui.shortcuts.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    void show() {
        dialog.show();
    }
}
