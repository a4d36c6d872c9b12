package org.briefingdesk.ui.forms;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.DisplayFormat;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.records.VersionComparison;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.ui.common.Fxml;
import org.briefingdesk.ui.common.Navigator;
import org.briefingdesk.ui.common.PageFocus;

/**
 * A form in place of its section (RecordForm.fxml): heading, Save (disabled while invalid) and Cancel,
 * the duplicate warning, one sentence when a save failed, the kind's fields, sensitivity and sources.
 * Esc cancels (asking first when something was typed).
 */
public final class RecordFormView {
    private final RecordFormViewModel<?> viewModel;
    private final FormView form;
    private final Localization l10n;
    private final Runnable close;
    private final Navigator navigator;
    private final Parent root;
    @FXML
    private Label formKind;
    @FXML
    private Label formHeading;
    @FXML
    private ProgressIndicator formBusy;
    @FXML
    private Button saveButton;
    @FXML
    private Label saveHint;
    @FXML
    private HBox duplicateBox;
    @FXML
    private Label duplicateText;
    @FXML
    private Label formError;
    @FXML
    private VBox conflictBox;
    @FXML
    private Label conflictHeading;
    @FXML
    private GridPane conflictRows;
    @FXML
    private StackPane formBody;
    @FXML
    private ComboBox<Sensitivity> sensitivity;
    @FXML
    private VBox sources;

    /**
     * @param close called when the form is done (saved or cancelled)
     * @param navigator opens an existing record (the duplicate's link)
     */
    public RecordFormView(RecordFormViewModel<?> viewModel, FormView form, Localization l10n, Runnable close,
                    Navigator navigator) {
        this.viewModel = viewModel;
        this.form = form;
        this.l10n = l10n;
        this.close = close;
        this.navigator = navigator;
        this.root = Fxml.load(this, "RecordForm.fxml", l10n.bundle());
        root.getStyleClass().add("form-" + viewModel.kind().name().toLowerCase(Locale.ROOT));
        formKind.setText(l10n.of(viewModel.kind()));
        formHeading.setText(viewModel.heading());
        formBody.getChildren().setAll(form.root());
        formBusy.visibleProperty().bind(viewModel.busyProperty());
        saveButton.disableProperty().bind(viewModel.validProperty().not().or(viewModel.busyProperty()));
        saveHint.textProperty().bind(viewModel.saveHintProperty());
        saveHint.visibleProperty().bind(saveButton.disabledProperty().and(saveHint.textProperty().isNotEmpty()));
        saveHint.managedProperty().bind(saveHint.visibleProperty());
        viewModel.focusRequestProperty().addListener((obs, old, field) -> {
            Node control = field == null ? null : root.lookup("." + FormBinder.fieldClass(field));
            if (control != null) {
                control.requestFocus();
            }
        });
        formError.textProperty().bind(viewModel.formErrorProperty());
        formError.visibleProperty().bind(formError.textProperty().isNotEmpty());
        formError.managedProperty().bind(formError.visibleProperty());
        conflictBox.visibleProperty().bind(viewModel.conflictProperty().isNotNull());
        conflictBox.managedProperty().bind(conflictBox.visibleProperty());
        viewModel.conflictProperty().addListener((obs, old, conflict) -> showConflict(conflict));
        duplicateBox.visibleProperty().bind(viewModel.duplicateProperty().isNotNull());
        duplicateBox.managedProperty().bind(duplicateBox.visibleProperty());
        viewModel.duplicateProperty().addListener((obs, old, existing) -> duplicateText.setText(existing == null ? ""
                : l10n.get("ui.form.duplicate.found", l10n.of(existing.recordKind()), RecordLabels.label(existing))));
        FormBinder bind = new FormBinder(viewModel, l10n, root);
        bind.choice(sensitivity, viewModel.sensitivityProperty(), Sensitivity.values(), "sensitivity");
        bind.rows(sources, viewModel.sources(), row -> List.of(
                FormBinder.rowText(row.titleProperty(), l10n.get("field.sourceTitle"), null),
                FormBinder.rowText(row.urlProperty(), l10n.get("field.sourceUrl"), null)), "sources");
        viewModel.savedProperty().addListener((obs, old, saved) -> {
            if (saved != null) {
                close.run();
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancel();
            }
        });
    }

    public Parent root() {
        return root;
    }

    public RecordFormViewModel<?> viewModel() {
        return viewModel;
    }

    /** Puts the cursor in the first field (once the page is in the scene). */
    public void focusFirstField() {
        Platform.runLater(() -> PageFocus.request(root, form.firstField()));
    }

    @FXML
    public void save() {
        viewModel.save();
    }

    /** Closes the form, asking first when something was typed; false when the user kept it. */
    @FXML
    public boolean cancel() {
        if (viewModel.busyProperty().get() || !viewModel.confirmCancel()) {
            return false;
        }
        close.run();
        return true;
    }

    /** Both versions field by field: the typed value beside the one saved in the meantime. */
    private void showConflict(RecordFormViewModel.Conflict conflict) {
        conflictRows.getChildren().clear();
        if (conflict == null) {
            return;
        }
        conflictHeading.setText(l10n.get("ui.form.conflict.heading", conflict.theirs().audit().updatedBy(),
                new DisplayFormat(l10n, null).time(conflict.theirs().audit().updatedAt())));
        conflictRows.addRow(0, header("ui.form.conflict.field"), header("ui.form.conflict.mine"),
                header("ui.form.conflict.theirs"));
        int row = 1;
        for (VersionComparison.Row field : conflict.rows()) {
            Label name = new Label(field.field());
            name.getStyleClass().add("form-label");
            Label mine = new Label(field.mine());
            Label theirs = new Label(field.theirs());
            mine.setWrapText(true);
            theirs.setWrapText(true);
            conflictRows.addRow(row++, name, mine, theirs);
        }
    }

    private Label header(String key) {
        Label label = new Label(l10n.get(key));
        label.getStyleClass().add("form-conflict-column");
        return label;
    }

    @FXML
    private void keepMine() {
        viewModel.keepMine();
    }

    @FXML
    private void keepTheirs() {
        viewModel.keepTheirs();
    }

    @FXML
    private void addSource() {
        viewModel.addSource();
    }

    @FXML
    private void openDuplicate() {
        StoredRecord existing = viewModel.duplicateProperty().get();
        if (existing != null && viewModel.confirmCancel()) {
            close.run();
            navigator.open(existing.recordKind(), existing.id());
        }
    }
}
