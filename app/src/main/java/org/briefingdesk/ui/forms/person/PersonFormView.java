package org.briefingdesk.ui.forms.person;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.TextField;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.ui.forms.FormBinder;
import org.briefingdesk.ui.forms.FormView;

/** The person form (PersonForm.fxml). */
public final class PersonFormView extends FormView {
    private final PersonFormViewModel viewModel;

    public PersonFormView(PersonFormViewModel viewModel, Localization l10n) {
        super(viewModel, l10n, "PersonForm.fxml", "givenName");
        this.viewModel = viewModel;
        this.<RoleRow>bindFields(row -> List.of(
                FormBinder.rowText(row.titleProperty(), l10n.get("field.roleTitle"), null),
                FormBinder.rowLink(row.organisation(), l10n.get("field.organisation"), null),
                dateField(FormBinder.rowText(row.fromProperty(), l10n.get("field.from"), null)),
                dateField(FormBinder.rowText(row.toProperty(), l10n.get("field.to"), null))));
    }

    private static TextField dateField(TextField field) {
        field.getStyleClass().add("date-field");
        return field;
    }

    @FXML
    private void addRoles() {
        viewModel.addRole();
    }
}
