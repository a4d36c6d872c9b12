package org.briefingdesk.ui.forms.report;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.ui.forms.FormBinder;
import org.briefingdesk.ui.forms.FormView;

/** The report form (ReportForm.fxml). */
public final class ReportFormView extends FormView {
    private final ReportFormViewModel viewModel;

    public ReportFormView(ReportFormViewModel viewModel, Localization l10n) {
        super(viewModel, l10n, "ReportForm.fxml", "title");
        this.viewModel = viewModel;
        this.<FollowUpRow>bindFields(row -> {
            CheckBox done = new CheckBox(l10n.get("field.done"));
            done.selectedProperty().bindBidirectional(row.doneProperty());
            TextField due = FormBinder.rowText(row.dueDateProperty(), l10n.get("field.dueDate"), null);
            due.getStyleClass().add("date-field");
            return List.of(FormBinder.rowText(row.actionProperty(), l10n.get("field.action"), null), due, done);
        });
    }

    @FXML
    private void addFollowUps() {
        viewModel.addFollowUp();
    }
}
