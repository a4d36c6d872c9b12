package org.briefingdesk.ui.forms.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.collections.ObservableList;
import org.briefingdesk.logic.records.ChoiceCatalog;
import org.briefingdesk.logic.rules.Violation;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.EventKind;
import org.briefingdesk.model.Participation;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.ui.forms.FormContext;
import org.briefingdesk.ui.forms.RecordFormViewModel;

/** An event: kind, title, dates, place, organiser, parent event, participants with roles, topics. */
public final class EventFormViewModel extends RecordFormViewModel<Event> {
    private final ObservableList<ParticipantRow> participants = rows("participants");

    public EventFormViewModel(FormContext context, Event original) {
        super(context, original, "ui.form.new.event");
        Event e = original != null ? original : new Event(null, EventKind.SUMMIT, "", null, null, "", null, null, null,
                "", null, List.of(), List.of(), "", RecordInfo.NEW);
        ChoiceCatalog choices = context.choices();
        // An event cannot be its own parent: it is not offered (deeper cycles are refused at save).
        fieldsOf(e, Map.of("countryCode", choices.countries(), "organiserId", choices.organisations(),
                "parentId", withoutItself(choices.events()), "topicIds", choices.topics()));
        e.participants().forEach(p -> participants.add(new ParticipantRow(choices, p)));
        ready();
    }

    @Override
    protected Event build(List<Violation> problems) {
        List<Participation> people = readRows("participants", participants, row -> {
            List<Violation> rowProblems = new ArrayList<>();
            UUID person = id("participants", row.person(), rowProblems);
            UUID organisation = id("participants", row.organisation(), rowProblems);
            String onBehalfOf = key("participants", row.country(), rowProblems);
            if (!rowProblems.isEmpty()) {
                return new Row<>(null, rowProblems.get(0).message(l10n));
            }
            if (person == null) {
                boolean blank = organisation == null && onBehalfOf == null;
                return new Row<>(null, blank ? null : l10n.get("rule.participant.person"));
            }
            return new Row<>(new Participation(person, row.roleProperty().get(), organisation, onBehalfOf), null);
        }, problems);
        return fromFields(problems, Map.of("participants", people));
    }

    public void addParticipant() {
        participants.add(new ParticipantRow(context.choices(), null));
    }
}
