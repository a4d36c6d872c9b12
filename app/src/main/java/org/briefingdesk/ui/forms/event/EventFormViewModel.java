package org.briefingdesk.ui.forms.event;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.rules.Violation;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.EventKind;
import org.briefingdesk.model.Participation;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.forms.ChipList;
import org.briefingdesk.ui.forms.FormContext;
import org.briefingdesk.ui.forms.LinkField;
import org.briefingdesk.ui.forms.RecordFormViewModel;

/** An event: kind, title, dates, place, organiser, parent event, participants with roles, topics. */
public final class EventFormViewModel extends RecordFormViewModel<Event> {
    private final ObjectProperty<EventKind> eventKind;
    private final StringProperty title;
    private final StringProperty startDate;
    private final StringProperty endDate;
    private final StringProperty city;
    private final LinkField country;
    private final LinkField organiser;
    private final StringProperty participatingCountries;
    private final LinkField parent;
    private final StringProperty summary;
    private final ObservableList<ParticipantRow> participants = rows("participants");
    private final ChipList topics;
    private final StringProperty notes;

    public EventFormViewModel(FormContext context, Event original) {
        super(context, original);
        Event e = original != null ? original : new Event(null, EventKind.SUMMIT, "", null, null, "", null, null, null,
                "", null, List.of(), List.of(), "", RecordInfo.NEW);
        eventKind = value("kind", e.kind());
        title = text("title", e.title());
        startDate = text("startDate", shown(e.startDate()));
        endDate = text("endDate", shown(e.endDate()));
        city = text("city", e.city());
        country = link("countryCode", context.choices().countries(), e.countryCode());
        organiser = link("organiserId", context.choices().organisations(), e.organiserId());
        participatingCountries = text("participatingCountries",
                e.participatingCountries() == null ? "" : e.participatingCountries().toString());
        // An event cannot be its own parent: it is not offered (deeper cycles are refused at save).
        parent = link("parentId", context.choices().events().stream()
                .filter(c -> !c.key().equals(id().toString())).toList(), e.parentId());
        summary = text("summary", e.summary());
        topics = chips("topicIds", context.choices().topics(), e.topicIds(), false);
        notes = text("notes", e.notes());
        e.participants().forEach(p -> participants.add(new ParticipantRow(context.choices(), p)));
        ready();
    }

    @Override
    public RecordKind kind() {
        return RecordKind.EVENT;
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
        return new Event(id(), eventKind.get(), title.get(), date("startDate", startDate.get(), problems),
                date("endDate", endDate.get(), problems), city.get(), key("countryCode", country, problems),
                id("organiserId", organiser, problems), countries(problems), summary.get(),
                id("parentId", parent, problems), people, ids(topics), notes.get(), info());
    }

    private Integer countries(List<Violation> problems) {
        String typed = participatingCountries.get().strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(typed);
        } catch (NumberFormatException e) {
            problems.add(new Violation("participatingCountries", "rule.number.unreadable", typed));
            return null;
        }
    }

    public void addParticipant() {
        participants.add(new ParticipantRow(context.choices(), null));
    }

    @Override
    public String heading() {
        return isNew() ? l10n.get("ui.form.new.event") : l10n.get("ui.form.edit", RecordLabels.label(original()));
    }

    public ObjectProperty<EventKind> eventKindProperty() {
        return eventKind;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty startDateProperty() {
        return startDate;
    }

    public StringProperty endDateProperty() {
        return endDate;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public LinkField country() {
        return country;
    }

    public LinkField organiser() {
        return organiser;
    }

    public StringProperty participatingCountriesProperty() {
        return participatingCountries;
    }

    public LinkField parent() {
        return parent;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<ParticipantRow> participants() {
        return participants;
    }

    public ChipList topics() {
        return topics;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
