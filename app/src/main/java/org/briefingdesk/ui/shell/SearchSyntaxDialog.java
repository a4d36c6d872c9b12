package org.briefingdesk.ui.shell;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.briefingdesk.logic.i18n.Localization;

/**
 * Nápověda › Syntaxe hledání: each part of the search language (PRODUCT.md) with what it does and an example from
 * the sample; clicking an example closes the list and runs that search in the window's search field.
 */
final class SearchSyntaxDialog {
    /** A part of the search language: how it is written, what it does, and a search that shows it. */
    record Part(String operatorKey, String textKey, String exampleKey) {
        /** Names the example's link: {@code #searchExample-person}. */
        String id() {
            return operatorKey.split("\\.")[2];
        }
    }

    /** The parts of the search language, in the order the list shows them. */
    static final List<Part> PARTS = List.of(
            new Part("ui.searchSyntax.words.operator", "ui.searchSyntax.words.text",
                    "ui.searchSyntax.words.example"),
            new Part("ui.searchSyntax.prefix.operator", "ui.searchSyntax.prefix.text",
                    "ui.searchSyntax.prefix.example"),
            new Part("ui.searchSyntax.phrase.operator", "ui.searchSyntax.phrase.text",
                    "ui.searchSyntax.phrase.example"),
            new Part("ui.searchSyntax.exclude.operator", "ui.searchSyntax.exclude.text",
                    "ui.searchSyntax.exclude.example"),
            new Part("ui.searchSyntax.or.operator", "ui.searchSyntax.or.text",
                    "ui.searchSyntax.or.example"),
            new Part("ui.searchSyntax.person.operator", "ui.searchSyntax.person.text",
                    "ui.searchSyntax.person.example"),
            new Part("ui.searchSyntax.country.operator", "ui.searchSyntax.country.text",
                    "ui.searchSyntax.country.example"),
            new Part("ui.searchSyntax.topic.operator", "ui.searchSyntax.topic.text",
                    "ui.searchSyntax.topic.example"),
            new Part("ui.searchSyntax.event.operator", "ui.searchSyntax.event.text",
                    "ui.searchSyntax.event.example"),
            new Part("ui.searchSyntax.type.operator", "ui.searchSyntax.type.text",
                    "ui.searchSyntax.type.example"),
            new Part("ui.searchSyntax.from.operator", "ui.searchSyntax.from.text",
                    "ui.searchSyntax.from.example"),
            new Part("ui.searchSyntax.to.operator", "ui.searchSyntax.to.text",
                    "ui.searchSyntax.to.example"));

    private final Dialog<Void> dialog = new Dialog<>();

    SearchSyntaxDialog(Localization l10n, Window owner, Consumer<String> search) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setTitle(l10n.get("ui.searchSyntax.title"));
        dialog.setHeaderText(l10n.get("ui.searchSyntax.header"));
        dialog.getDialogPane().setId("searchSyntaxDialog");
        GridPane list = new GridPane();
        list.setId("searchSyntaxList");
        list.getStyleClass().add("shortcuts-list");
        int row = 0;
        for (Part part : PARTS) {
            Label operator = new Label(l10n.get(part.operatorKey()));
            operator.getStyleClass().add("shortcut-keys");
            Label text = new Label(l10n.get(part.textKey()));
            text.getStyleClass().add("shortcut-label");
            text.setWrapText(true);
            text.setMaxWidth(360);
            String query = l10n.get(part.exampleKey());
            Hyperlink example = new Hyperlink(query);
            example.setId("searchExample-" + part.id());
            example.getStyleClass().add("search-example");
            example.setMnemonicParsing(false);
            example.setOnAction(e -> {
                dialog.close();
                search.accept(query);
            });
            list.addRow(row++, operator, text, example);
        }
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(l10n.get("ui.shortcuts.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    void show() {
        dialog.show();
    }
}
