package org.briefingdesk.ui.forms.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.rules.Violation;
import org.briefingdesk.model.FollowUp;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Report;
import org.briefingdesk.ui.forms.ChipList;
import org.briefingdesk.ui.forms.FormContext;
import org.briefingdesk.ui.forms.LinkField;
import org.briefingdesk.ui.forms.RecordFormViewModel;

/** A report: event, title, author, date, body, outcomes, follow-ups, topics. */
public final class ReportFormViewModel extends RecordFormViewModel<Report> {
    private final StringProperty title;
    private final LinkField event;
    private final StringProperty author;
    private final StringProperty date;
    private final StringProperty body;
    private final StringProperty outcomes;
    private final ObservableList<FollowUpRow> followUps = rows("followUps");
    private final ChipList topics;

    public ReportFormViewModel(FormContext context, Report original) {
        super(context, original);
        Report r = original != null ? original
                : new Report(null, null, "", "", null, "", "", List.of(), List.of(), RecordInfo.NEW);
        title = text("title", r.title());
        event = link("eventId", context.choices().events(), r.eventId());
        author = text("author", r.author());
        date = text("date", shown(r.date()));
        body = text("body", r.body());
        outcomes = text("outcomes", r.outcomes());
        topics = chips("topicIds", context.choices().topics(), r.topicIds(), false);
        r.followUps().forEach(f -> followUps.add(new FollowUpRow(f.action(), shown(f.dueDate()), f.done())));
        ready();
    }

    @Override
    public RecordKind kind() {
        return RecordKind.REPORT;
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
        return new Report(id(), id("eventId", event, problems), title.get(), author.get(),
                date("date", date.get(), problems), body.get(), outcomes.get(), actions, ids(topics),
                info());
    }

    public void addFollowUp() {
        followUps.add(new FollowUpRow("", "", false));
    }

    @Override
    public String heading() {
        return isNew() ? l10n.get("ui.form.new.report") : l10n.get("ui.form.edit", RecordLabels.label(original()));
    }

    public StringProperty titleProperty() {
        return title;
    }

    public LinkField event() {
        return event;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public StringProperty outcomesProperty() {
        return outcomes;
    }

    public ObservableList<FollowUpRow> followUps() {
        return followUps;
    }

    public ChipList topics() {
        return topics;
    }
}
