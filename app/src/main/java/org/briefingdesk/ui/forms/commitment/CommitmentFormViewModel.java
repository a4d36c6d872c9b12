package org.briefingdesk.ui.forms.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.rules.Violation;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.CommitmentStatus;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StatusChange;
import org.briefingdesk.ui.forms.ChipList;
import org.briefingdesk.ui.forms.FormContext;
import org.briefingdesk.ui.forms.LinkField;
import org.briefingdesk.ui.forms.RecordFormViewModel;

/**
 * A commitment made in a statement. Its status history is never rewritten: a new status (or a note)
 * is appended as a dated entry, and the status is the last entry's.
 */
public final class CommitmentFormViewModel extends RecordFormViewModel<Commitment> {
    private final LinkField statement;
    private final StringProperty text;
    private final StringProperty dueDate;
    private final ObjectProperty<CommitmentStatus> status;
    private final StringProperty statusDate;
    private final StringProperty statusNote;
    private final ChipList topics;
    private final List<StatusChange> history;

    public CommitmentFormViewModel(FormContext context, Commitment original, LocalDate today) {
        super(context, original);
        Commitment c = original != null ? original : new Commitment(null, null, "", CommitmentStatus.OPEN, null,
                List.of(), List.of(), RecordInfo.NEW);
        history = c.history();
        statement = link("statementId", context.choices().statements(), c.statementId());
        text = text("text", c.text());
        dueDate = text("dueDate", shown(c.dueDate()));
        status = value("status", c.status());
        statusDate = text("statusDate", shown(today));
        statusNote = text("statusNote", "");
        topics = chips("topicIds", context.choices().topics(), c.topicIds(), false);
        ready();
    }

    @Override
    public RecordKind kind() {
        return RecordKind.COMMITMENT;
    }

    @Override
    protected Commitment build(List<Violation> problems) {
        List<StatusChange> changes = new ArrayList<>(history);
        boolean changed = isNew() || status.get() != original().status() || !statusNote.get().isBlank();
        LocalDate when = date("statusDate", statusDate.get(), problems);
        if (changed && when == null && statusDate.get().isBlank()) {
            problems.add(new Violation("statusDate", "rule.commitment.statusDate"));
        }
        if (changed) {
            changes.add(new StatusChange(when, status.get(), statusNote.get()));
        }
        return new Commitment(id(), id("statementId", statement, problems), text.get(), status.get(),
                date("dueDate", dueDate.get(), problems), changes, ids(topics), info());
    }

    /** The entries so far, oldest first (read-only: new ones are appended on save). */
    public List<StatusChange> history() {
        return history;
    }

    @Override
    public String heading() {
        return isNew() ? l10n.get("ui.form.new.commitment") : l10n.get("ui.form.edit", RecordLabels.label(original()));
    }

    public LinkField statement() {
        return statement;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty dueDateProperty() {
        return dueDate;
    }

    public ObjectProperty<CommitmentStatus> statusProperty() {
        return status;
    }

    public StringProperty statusDateProperty() {
        return statusDate;
    }

    public StringProperty statusNoteProperty() {
        return statusNote;
    }

    public ChipList topics() {
        return topics;
    }
}
