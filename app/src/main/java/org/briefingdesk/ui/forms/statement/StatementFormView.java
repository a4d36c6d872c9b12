package org.briefingdesk.ui.forms.statement;

import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.ui.forms.FormView;

/** The statement form (StatementForm.fxml). */
public final class StatementFormView extends FormView {
    public StatementFormView(StatementFormViewModel viewModel, Localization l10n) {
        super(viewModel, l10n, "StatementForm.fxml", "speaker");
        bindFields();
    }
}
