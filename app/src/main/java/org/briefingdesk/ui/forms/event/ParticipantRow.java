package org.briefingdesk.ui.forms.event;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.briefingdesk.logic.records.ChoiceCatalog;
import org.briefingdesk.model.Participation;
import org.briefingdesk.model.ParticipationRole;
import org.briefingdesk.ui.forms.FormRow;
import org.briefingdesk.ui.forms.LinkField;

/** One participant of an event: the person, their role there, on behalf of which organisation and country. */
public final class ParticipantRow extends FormRow {
    private final LinkField person;
    private final ObjectProperty<ParticipationRole> role = new SimpleObjectProperty<>(ParticipationRole.PARTICIPANT);
    private final LinkField organisation;
    private final LinkField country;

    public ParticipantRow(ChoiceCatalog choices, Participation p) {
        person = new LinkField(choices.people(), p == null || p.personId() == null ? null : p.personId().toString());
        organisation = new LinkField(choices.organisations(),
                p == null || p.onBehalfOfOrganisationId() == null ? null : p.onBehalfOfOrganisationId().toString());
        country = new LinkField(choices.countries(), p == null ? null : p.onBehalfOfCountryCode());
        if (p != null) {
            role.set(p.role());
        }
    }

    public LinkField person() {
        return person;
    }

    public ObjectProperty<ParticipationRole> roleProperty() {
        return role;
    }

    public LinkField organisation() {
        return organisation;
    }

    public LinkField country() {
        return country;
    }

    @Override
    public Observable[] observables() {
        return new Observable[] {person.textProperty(), role, organisation.textProperty(), country.textProperty()};
    }
}
