package org.briefingdesk.ui.forms.organisation;

import java.util.Map;
import org.briefingdesk.logic.records.DuplicateFinder;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.OrganisationKind;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.ui.forms.FormContext;
import org.briefingdesk.ui.forms.RecordFormViewModel;

/** An organisation: name, abbreviation, kind, country, notes; a new one like an existing one is asked about. */
public final class OrganisationFormViewModel extends RecordFormViewModel<Organisation> {
    public OrganisationFormViewModel(FormContext context, Organisation original) {
        super(context, original, "ui.form.new.organisation");
        Organisation blank = new Organisation(null, "", "", OrganisationKind.MINISTRY, null, "", RecordInfo.NEW);
        fieldsOf(original != null ? original : blank, Map.of("countryCode", context.choices().countries()));
        warnOfDuplicates(record -> DuplicateFinder.organisations(record, context.organisations()),
                "ui.form.duplicate.organisation");
        ready();
    }
}
