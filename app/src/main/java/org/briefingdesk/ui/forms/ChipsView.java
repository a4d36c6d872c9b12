package org.briefingdesk.ui.forms;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.Choice;
import org.briefingdesk.ui.common.Suggestions;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/** Chips for a {@link ChipList}: each item with a remove button, and a field that adds (Enter or a suggestion). */
final class ChipsView {
    private final Pane container;
    private final ChipList chips;
    private final Localization l10n;

    ChipsView(Pane container, TextField input, ChipList chips, Localization l10n) {
        this.container = container;
        this.chips = chips;
        this.l10n = l10n;
        input.setPromptText(l10n.get("ui.form.chipPrompt"));
        AutoCompletionBinding<Choice> binding = TextFields.bindAutoCompletion(input,
                request -> chips.suggest(request.getUserText()));
        Suggestions.onlyUnderTheFocusedField(input, binding);
        binding.setOnAutoCompleted(e -> {
            chips.items().add(e.getCompletion());
            // The binding writes the label into the field after this handler: clear it afterwards.
            Platform.runLater(input::clear);
        });
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && chips.addTyped(input.getText())) {
                input.clear();
                e.consume();
            }
        });
        chips.items().addListener((ListChangeListener<Choice>) c -> render());
        render();
    }

    private void render() {
        container.getChildren().clear();
        for (Choice item : chips.items()) {
            Label name = new Label(item.label());
            name.getStyleClass().add("chip-label");
            Button remove = new Button("×");
            remove.getStyleClass().add("chip-remove");
            remove.setAccessibleText(l10n.get("ui.form.removeRow"));
            remove.setOnAction(e -> chips.items().remove(item));
            HBox chip = new HBox(name, remove);
            chip.getStyleClass().add("chip");
            container.getChildren().add(chip);
        }
    }
}
