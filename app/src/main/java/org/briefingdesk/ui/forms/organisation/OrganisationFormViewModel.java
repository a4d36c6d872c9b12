package org.briefingdesk.ui.forms.organisation;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.briefingdesk.logic.records.DuplicateFinder;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.rules.Violation;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.OrganisationKind;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.forms.FormContext;
import org.briefingdesk.ui.forms.LinkField;
import org.briefingdesk.ui.forms.RecordFormViewModel;

/** An organisation: name, abbreviation, kind, country, notes. */
public final class OrganisationFormViewModel extends RecordFormViewModel<Organisation> {
    private final StringProperty name;
    private final StringProperty abbreviation;
    private final ObjectProperty<OrganisationKind> organisationKind;
    private final LinkField country;
    private final StringProperty notes;

    public OrganisationFormViewModel(FormContext context, Organisation original) {
        super(context, original);
        Organisation o = original != null ? original
                : new Organisation(null, "", "", OrganisationKind.MINISTRY, null, "", RecordInfo.NEW);
        name = text("name", o.name());
        abbreviation = text("abbreviation", o.abbreviation());
        organisationKind = value("kind", o.kind());
        country = link("countryCode", context.choices().countries(), o.countryCode());
        notes = text("notes", o.notes());
        ready();
    }

    @Override
    public RecordKind kind() {
        return RecordKind.ORGANISATION;
    }

    @Override
    protected Organisation build(List<Violation> problems) {
        return new Organisation(id(), name.get(), abbreviation.get(), organisationKind.get(),
                key("countryCode", country, problems), notes.get(), info());
    }

    @Override
    protected void afterValidation(Organisation record) {
        List<Organisation> same = isNew() ? DuplicateFinder.organisations(record, context.organisations()) : List.of();
        duplicate.set(same.isEmpty() ? null : same.get(0));
    }

    @Override
    protected boolean confirmSave() {
        Organisation existing = (Organisation) duplicate.get();
        return existing == null || context.dialogs().confirm(l10n.get("ui.form.duplicate.title"),
                l10n.get("ui.form.duplicate.organisation", RecordLabels.label(existing)),
                l10n.get("ui.form.duplicate.text"));
    }

    @Override
    public String heading() {
        return isNew() ? l10n.get("ui.form.new.organisation")
                : l10n.get("ui.form.edit", RecordLabels.label(original()));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty abbreviationProperty() {
        return abbreviation;
    }

    public ObjectProperty<OrganisationKind> organisationKindProperty() {
        return organisationKind;
    }

    public LinkField country() {
        return country;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
