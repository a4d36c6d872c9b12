package org.briefingdesk.ui.forms.organisation;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.OrganisationKind;
import org.briefingdesk.ui.common.Fxml;
import org.briefingdesk.ui.forms.FormBinder;
import org.briefingdesk.ui.forms.FormView;

/** The organisation form (OrganisationForm.fxml). */
public final class OrganisationFormView implements FormView {
    private final Parent root;
    @FXML
    private TextField name;
    @FXML
    private TextField abbreviation;
    @FXML
    private ComboBox<OrganisationKind> organisationKind;
    @FXML
    private TextField country;
    @FXML
    private TextArea notes;

    public OrganisationFormView(OrganisationFormViewModel viewModel, Localization l10n) {
        this.root = Fxml.load(this, "OrganisationForm.fxml", l10n.bundle());
        FormBinder bind = new FormBinder(viewModel, l10n);
        bind.text(name, viewModel.nameProperty(), "name");
        bind.text(abbreviation, viewModel.abbreviationProperty(), "abbreviation");
        bind.choice(organisationKind, viewModel.organisationKindProperty(), OrganisationKind.values(), "kind");
        bind.link(country, viewModel.country(), "countryCode");
        bind.text(notes, viewModel.notesProperty(), "notes");
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node firstField() {
        return name;
    }
}
