package org.briefingdesk.ui.settings;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.briefingdesk.logic.i18n.Localization;

/**
 * Soubor › Nastavení… (Ctrl+,): name and department, language, theme, text size and how many backups are kept.
 * On the first start it opens by itself once, proposing the operating system's full name.
 */
public final class SettingsView {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType save;

    public SettingsView(SettingsViewModel viewModel, Localization l10n, boolean firstStart) {
        dialog.setTitle(l10n.get("ui.settings.title"));
        dialog.setHeaderText(l10n.get(firstStart ? "ui.settings.firstStart" : "ui.settings.header"));
        dialog.getDialogPane().setId("settingsDialog");
        save = new ButtonType(l10n.get("ui.settings.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, new ButtonType(l10n.get("ui.settings.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(Bindings.not(viewModel.validProperty()));

        TextField name = new TextField();
        name.setId("settingsName");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        TextField department = new TextField();
        department.setId("settingsDepartment");
        department.setPromptText(l10n.get("ui.settings.departmentPrompt"));
        department.textProperty().bindBidirectional(viewModel.departmentProperty());
        Label nameNote = new Label(l10n.get("ui.settings.nameNote"));
        nameNote.getStyleClass().add("form-note");
        nameNote.setWrapText(true);
        Label nameMissing = new Label(l10n.get("ui.settings.nameMissing"));
        nameMissing.getStyleClass().add("field-error");
        nameMissing.visibleProperty().bind(Bindings.not(viewModel.validProperty()));
        nameMissing.managedProperty().bind(nameMissing.visibleProperty());

        Map<String, String> languages = Map.of("cs", "ui.menu.language.cs", "en", "ui.menu.language.en");
        ChoiceBox<String> language = choice("settingsLanguage", List.of("cs", "en"),
                code -> l10n.get(languages.get(code)));
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        ChoiceBox<Theme> theme = choice("settingsTheme", List.of(Theme.values()), t -> l10n.get(t.labelKey()));
        theme.valueProperty().bindBidirectional(viewModel.themeProperty());
        ChoiceBox<Integer> textSize = choice("settingsTextSize", UserSettings.TEXT_SIZES,
                size -> l10n.get("ui.settings.textSizeValue", size));
        textSize.valueProperty().bindBidirectional(viewModel.textSizeProperty());

        Spinner<Integer> keepLast = new Spinner<>(1, 999, viewModel.backupsKeepLastProperty().get());
        keepLast.setId("settingsBackupsKeepLast");
        keepLast.setEditable(true);
        keepLast.getValueFactory().valueProperty().bindBidirectional(viewModel.backupsKeepLastProperty());
        Spinner<Integer> dailyDays = new Spinner<>(0, 365, viewModel.backupsDailyDaysProperty().get());
        dailyDays.setId("settingsBackupsDailyDays");
        dailyDays.setEditable(true);
        dailyDays.getValueFactory().valueProperty().bindBidirectional(viewModel.backupsDailyDaysProperty());
        Label backupsNote = new Label(l10n.get("ui.settings.backupsNote"));
        backupsNote.getStyleClass().add("form-note");
        backupsNote.setWrapText(true);
        backupsNote.setMaxWidth(420);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-grid");
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(280);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        grid.addRow(row++, label(l10n, "ui.settings.name", name), name);
        grid.add(nameMissing, 1, row++);
        grid.addRow(row++, label(l10n, "ui.settings.department", department), department);
        grid.add(nameNote, 1, row++);
        grid.addRow(row++, label(l10n, "ui.settings.language", language), language);
        grid.addRow(row++, label(l10n, "ui.settings.theme", theme), theme);
        grid.addRow(row++, label(l10n, "ui.settings.textSize", textSize), textSize);
        grid.addRow(row++, label(l10n, "ui.settings.backupsKeepLast", keepLast), keepLast);
        grid.addRow(row++, label(l10n, "ui.settings.backupsDailyDays", dailyDays), dailyDays);
        grid.add(backupsNote, 1, row++);
        GridPane.setFillWidth(nameNote, true);
        nameNote.setMaxWidth(420);
        dialog.getDialogPane().setContent(grid);
        dialog.setOnShown(e -> name.requestFocus());
    }

    private static Label label(Localization l10n, String key, Node field) {
        Label label = new Label(l10n.get(key));
        label.getStyleClass().add("form-label");
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static <T> ChoiceBox<T> choice(String id, List<T> values, Function<T, String> text) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
        return box;
    }

    /** Shows the dialog over the window and waits; true when the user saved. */
    public boolean showAndWait(Window owner) {
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        return dialog.showAndWait().filter(save::equals).isPresent();
    }
}
