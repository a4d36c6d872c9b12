package org.briefingdesk.ui.forms.person;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.briefingdesk.logic.records.Choice;
import org.briefingdesk.ui.forms.FormRow;
import org.briefingdesk.ui.forms.LinkField;

/** One role of a person over time: title, organisation, from, to. */
public final class RoleRow extends FormRow {
    private final StringProperty title = new SimpleStringProperty("");
    private final LinkField organisation;
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");

    public RoleRow(List<Choice> organisations, String title, String organisationKey, String from, String to) {
        this.organisation = new LinkField(organisations, organisationKey);
        this.title.set(title);
        this.from.set(from);
        this.to.set(to);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public LinkField organisation() {
        return organisation;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    @Override
    public Observable[] observables() {
        return new Observable[] {title, organisation.textProperty(), from, to};
    }
}
