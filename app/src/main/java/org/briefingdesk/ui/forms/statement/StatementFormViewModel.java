package org.briefingdesk.ui.forms.statement;

import java.util.List;
import java.util.Map;
import org.briefingdesk.logic.records.ChoiceCatalog;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatementKind;
import org.briefingdesk.ui.forms.FormContext;
import org.briefingdesk.ui.forms.RecordFormViewModel;

/** A statement: speaker, event, date, kind, original text and language, translation, topics, sources. */
public final class StatementFormViewModel extends RecordFormViewModel<Statement> {
    public StatementFormViewModel(FormContext context, Statement original) {
        super(context, original, "ui.form.new.statement");
        ChoiceCatalog choices = context.choices();
        fieldsOf(original != null ? original : new Statement(null, null, null, null, "", "cs", "",
                StatementKind.VERBATIM_QUOTE, List.of(), RecordInfo.NEW),
                Map.of("speakerId", choices.people(), "eventId", choices.events(), "topicIds", choices.topics()));
        ready();
    }
}
