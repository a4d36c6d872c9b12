package org.briefingdesk.ui.forms.organisation;

import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.ui.forms.FormView;

/** The organisation form (OrganisationForm.fxml). */
public final class OrganisationFormView extends FormView {
    public OrganisationFormView(OrganisationFormViewModel viewModel, Localization l10n) {
        super(viewModel, l10n, "OrganisationForm.fxml", "name");
        bindFields();
    }
}
