package org.briefingdesk.ui.forms.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefingdesk.logic.rules.Violation;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.CommitmentStatus;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.StatusChange;
import org.briefingdesk.ui.forms.FormContext;
import org.briefingdesk.ui.forms.RecordFormViewModel;

/**
 * A commitment made in a statement. Its status history is never rewritten: a new status (or a note)
 * is appended as a dated entry, and the status is the last entry's.
 */
public final class CommitmentFormViewModel extends RecordFormViewModel<Commitment> {
    private final List<StatusChange> history;

    public CommitmentFormViewModel(FormContext context, Commitment original, LocalDate today) {
        super(context, original, "ui.form.new.commitment");
        Commitment c = original != null ? original : new Commitment(null, null, "", CommitmentStatus.OPEN, null,
                List.of(), List.of(), RecordInfo.NEW);
        history = c.history();
        fieldsOf(c, Map.of("statementId", context.choices().statements(), "topicIds", context.choices().topics()));
        date("statusDate", today);
        text("statusNote", "");
        ready();
    }

    @Override
    protected Commitment build(List<Violation> problems) {
        List<StatusChange> changes = new ArrayList<>(history);
        CommitmentStatus status = chosen("status");
        String note = string("statusNote");
        boolean changed = isNew() || status != original().status() || !note.isBlank();
        LocalDate when = date("statusDate", problems);
        if (changed && when == null && string("statusDate").isBlank()) {
            problems.add(new Violation("statusDate", "rule.commitment.statusDate"));
        }
        if (changed) {
            changes.add(new StatusChange(when, status, note));
        }
        return fromFields(problems, Map.of("history", changes));
    }

    /** The entries so far, oldest first (read-only: new ones are appended on save). */
    public List<StatusChange> history() {
        return history;
    }
}
