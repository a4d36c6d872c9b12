package org.briefingdesk.ui.forms;

import java.time.LocalDate;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;
import org.briefingdesk.ui.forms.commitment.CommitmentFormView;
import org.briefingdesk.ui.forms.commitment.CommitmentFormViewModel;
import org.briefingdesk.ui.forms.event.EventFormView;
import org.briefingdesk.ui.forms.event.EventFormViewModel;
import org.briefingdesk.ui.forms.organisation.OrganisationFormView;
import org.briefingdesk.ui.forms.organisation.OrganisationFormViewModel;
import org.briefingdesk.ui.forms.person.PersonFormView;
import org.briefingdesk.ui.forms.person.PersonFormViewModel;
import org.briefingdesk.ui.forms.report.ReportFormView;
import org.briefingdesk.ui.forms.report.ReportFormViewModel;
import org.briefingdesk.ui.forms.statement.StatementFormView;
import org.briefingdesk.ui.forms.statement.StatementFormViewModel;
import org.briefingdesk.ui.forms.topic.TopicFormView;
import org.briefingdesk.ui.forms.topic.TopicFormViewModel;

/** The ViewModel for a record kind's form, and the view for a ViewModel. */
public final class FormFactory {
    private FormFactory() {
    }

    /** A form for a new record of this kind (original null) or for editing the original. */
    public static RecordFormViewModel<?> viewModel(RecordKind kind, StoredRecord original, FormContext context) {
        return switch (kind) {
            case EVENT -> new EventFormViewModel(context, (Event) original);
            case REPORT -> new ReportFormViewModel(context, (Report) original);
            case PERSON -> new PersonFormViewModel(context, (Person) original);
            case ORGANISATION -> new OrganisationFormViewModel(context, (Organisation) original);
            case STATEMENT -> new StatementFormViewModel(context, (Statement) original);
            case COMMITMENT -> new CommitmentFormViewModel(context, (Commitment) original, LocalDate.now());
            case TOPIC -> new TopicFormViewModel(context, (Topic) original);
        };
    }

    /** The view for a form's ViewModel; every kind is named, so a new kind cannot fall to another's form. */
    public static FormView view(RecordFormViewModel<?> vm, FormContext context) {
        return switch (vm.kind()) {
            case EVENT -> new EventFormView((EventFormViewModel) vm, context.l10n());
            case REPORT -> new ReportFormView((ReportFormViewModel) vm, context.l10n());
            case PERSON -> new PersonFormView((PersonFormViewModel) vm, context.l10n());
            case ORGANISATION -> new OrganisationFormView((OrganisationFormViewModel) vm, context.l10n());
            case STATEMENT -> new StatementFormView((StatementFormViewModel) vm, context.l10n());
            case COMMITMENT -> new CommitmentFormView((CommitmentFormViewModel) vm, context.l10n());
            case TOPIC -> new TopicFormView((TopicFormViewModel) vm, context.l10n());
        };
    }
}
