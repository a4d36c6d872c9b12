package org.briefingdesk.ui.forms.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;
import org.briefingdesk.logic.rules.Violation;
import org.briefingdesk.model.FollowUp;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.Report;
import org.briefingdesk.ui.forms.FormContext;
import org.briefingdesk.ui.forms.RecordFormViewModel;

/** A report: event, title, author, date, body, outcomes, follow-ups, topics. */
public final class ReportFormViewModel extends RecordFormViewModel<Report> {
    private final ObservableList<FollowUpRow> followUps = rows("followUps");

    public ReportFormViewModel(FormContext context, Report original) {
        super(context, original, "ui.form.new.report");
        Report r = original != null ? original
                : new Report(null, null, "", "", null, "", "", List.of(), List.of(), RecordInfo.NEW);
        fieldsOf(r, Map.of("eventId", context.choices().events(), "topicIds", context.choices().topics()));
        r.followUps().forEach(f -> followUps.add(new FollowUpRow(f.action(), shown(f.dueDate()), f.done())));
        ready();
    }

    @Override
    protected Report build(List<Violation> problems) {
        List<FollowUp> actions = readRows("followUps", followUps, row -> {
            List<Violation> rowProblems = new ArrayList<>();
            LocalDate due = date("followUps", row.dueDateProperty().get(), rowProblems);
            if (!rowProblems.isEmpty()) {
                return new Row<>(null, rowProblems.get(0).message(l10n));
            }
            if (row.actionProperty().get().isBlank()) {
                return new Row<>(null, due == null ? null : l10n.get("rule.followUp.action"));
            }
            return new Row<>(new FollowUp(row.actionProperty().get(), due, row.doneProperty().get()), null);
        }, problems);
        return fromFields(problems, Map.of("followUps", actions));
    }

    public void addFollowUp() {
        followUps.add(new FollowUpRow("", "", false));
    }
}
