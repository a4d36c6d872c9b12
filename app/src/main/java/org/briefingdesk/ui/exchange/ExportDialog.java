package org.briefingdesk.ui.exchange;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.Sensitivity;

/** The export dialog: what goes, up to which sensitivity; Exportovat asks where, then writes with progress. */
public final class ExportDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public ExportDialog(ExportViewModel viewModel, Window owner, ExchangeFiles files) {
        Localization l10n = viewModel.l10n();
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setTitle(l10n.get("ui.export.title"));
        dialog.setHeaderText(l10n.get("ui.export.header"));
        dialog.getDialogPane().setId("exportDialog");
        ToggleGroup scopes = new ToggleGroup();
        VBox content = new VBox(8);
        for (ExportViewModel.Scope scope : ExportViewModel.Scope.values()) {
            RadioButton button = new RadioButton(switch (scope) {
                case ALL -> l10n.get("ui.export.all");
                case SEARCH -> l10n.get("ui.export.search", viewModel.query());
                case RECORD -> l10n.get("ui.export.record");
            });
            button.setToggleGroup(scopes);
            button.setSelected(viewModel.scopeProperty().get() == scope);
            button.setDisable(scope == ExportViewModel.Scope.SEARCH && !viewModel.offersSearch()
                    || scope == ExportViewModel.Scope.RECORD && !viewModel.offersRecord());
            button.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    viewModel.scopeProperty().set(scope);
                }
            });
            content.getChildren().add(button);
        }
        ChoiceBox<ExportViewModel.Format> format = new ChoiceBox<>();
        format.setId("exportFormat");
        format.getItems().add(ExportViewModel.Format.BUNDLE);
        if (viewModel.offersTable()) {
            format.getItems().addAll(ExportViewModel.Format.CSV, ExportViewModel.Format.XLSX);
        }
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportViewModel.Format f) {
                return f == null ? "" : l10n.get(switch (f) {
                    case BUNDLE -> "ui.export.format.bundle";
                    case CSV -> "ui.export.format.csv";
                    case XLSX -> "ui.export.format.xlsx";
                });
            }

            @Override
            public ExportViewModel.Format fromString(String s) {
                return null;
            }
        });
        format.valueProperty().bindBidirectional(viewModel.formatProperty());
        content.getChildren().add(0, format);
        content.getChildren().add(0, new Label(l10n.get("ui.export.format")));
        ChoiceBox<Sensitivity> sensitivity = new ChoiceBox<>();
        sensitivity.getItems().setAll(Sensitivity.values());
        sensitivity.setConverter(new StringConverter<>() {
            @Override
            public String toString(Sensitivity s) {
                return s == null ? "" : l10n.of(s);
            }

            @Override
            public Sensitivity fromString(String s) {
                return null;
            }
        });
        sensitivity.valueProperty().bindBidirectional(viewModel.maxSensitivityProperty());
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        Label message = new Label();
        message.setWrapText(true);
        message.setId("exportMessage");
        message.textProperty().bind(viewModel.messageProperty());
        content.getChildren().addAll(new Label(l10n.get("ui.export.maxSensitivity")), sensitivity, progress, message);
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);
        ButtonType exportType = new ButtonType(l10n.get("ui.export.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType closeType = new ButtonType(l10n.get("ui.export.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(exportType, closeType);
        Button export = (Button) dialog.getDialogPane().lookupButton(exportType);
        export.setId("exportButton");
        export.disableProperty().bind(viewModel.busyProperty());
        export.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            files.save(l10n.get("ui.export.title"), "briefing-desk", viewModel.extension())
                    .ifPresent(file -> viewModel.write(file, () -> { }));
        });
        Button close = (Button) dialog.getDialogPane().lookupButton(closeType);
        close.addEventFilter(ActionEvent.ACTION, e -> {
            if (viewModel.busyProperty().get()) {
                e.consume();
                viewModel.cancel();
            }
        });
    }

    public void show() {
        dialog.show();
    }
}
