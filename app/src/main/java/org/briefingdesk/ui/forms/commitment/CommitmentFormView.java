package org.briefingdesk.ui.forms.commitment;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.DisplayFormat;
import org.briefingdesk.model.StatusChange;
import org.briefingdesk.ui.forms.FormView;

/** The commitment form (CommitmentForm.fxml): the history so far read-only, a new status appended. */
public final class CommitmentFormView extends FormView {
    public CommitmentFormView(CommitmentFormViewModel viewModel, Localization l10n) {
        super(viewModel, l10n, "CommitmentForm.fxml", "statement");
        bindFields();
        VBox history = bind.control("history");
        for (StatusChange change : viewModel.history()) {
            Label line = new Label(l10n.get("ui.form.historyLine", DisplayFormat.date(l10n.locale(), change.date()),
                    l10n.of(change.status()), change.note()));
            line.setWrapText(true);
            line.getStyleClass().add("history-entry");
            history.getChildren().add(line);
        }
        if (viewModel.history().isEmpty()) {
            history.getChildren().add(new Label(l10n.get("ui.form.historyEmpty")));
        }
    }
}
