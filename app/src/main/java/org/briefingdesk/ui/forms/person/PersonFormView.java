package org.briefingdesk.ui.forms.person;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.ui.common.Fxml;
import org.briefingdesk.ui.forms.FormBinder;
import org.briefingdesk.ui.forms.FormView;

/** The person form (PersonForm.fxml). */
public final class PersonFormView implements FormView {
    private final PersonFormViewModel viewModel;
    private final Parent root;
    @FXML
    private TextField honorific;
    @FXML
    private TextField givenName;
    @FXML
    private TextField familyName;
    @FXML
    private TextField country;
    @FXML
    private FlowPane aliasesChips;
    @FXML
    private TextField aliases;
    @FXML
    private VBox roles;
    @FXML
    private TextArea notes;

    public PersonFormView(PersonFormViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this, "PersonForm.fxml", l10n.bundle());
        FormBinder bind = new FormBinder(viewModel, l10n);
        bind.text(honorific, viewModel.honorificProperty(), "honorific");
        bind.text(givenName, viewModel.givenNameProperty(), "givenName");
        bind.text(familyName, viewModel.familyNameProperty(), "familyName");
        bind.link(country, viewModel.country(), "countryCode");
        bind.chips(aliasesChips, aliases, viewModel.aliases(), "aliases");
        bind.rows(roles, viewModel.roles(), row -> List.of(
                FormBinder.rowText(row.titleProperty(), l10n.get("field.roleTitle"), null),
                FormBinder.rowLink(row.organisation(), l10n.get("field.organisation"), null),
                dateField(FormBinder.rowText(row.fromProperty(), l10n.get("field.from"), null)),
                dateField(FormBinder.rowText(row.toProperty(), l10n.get("field.to"), null))), "roles");
        bind.text(notes, viewModel.notesProperty(), "notes");
    }

    private static TextField dateField(TextField field) {
        field.getStyleClass().add("date-field");
        return field;
    }

    @FXML
    private void addRoles() {
        viewModel.addRole();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node firstField() {
        return givenName;
    }
}
