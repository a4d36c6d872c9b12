package org.briefingdesk.testutil;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Audit;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.EventKind;
import org.briefingdesk.model.Participation;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Source;

/**
 * Builds {@link Event}s for tests: {@code anEvent()} starts from the typical summit with a new id,
 * {@code from(x)} copies a record to change a few fields; every field has a setter of its own name.
 */
public final class EventBuilder {
    private UUID id;
    private EventKind kind;
    private String title;
    private LocalDate startDate;
    private LocalDate endDate;
    private String city;
    private String countryCode;
    private UUID organiserId;
    private Integer participatingCountries;
    private String summary;
    private UUID parentId;
    private List<Participation> participants;
    private List<UUID> topicIds;
    private String notes;
    private RecordInfo info;

    private EventBuilder(Event e) {
        this.id = e.id();
        this.kind = e.kind();
        this.title = e.title();
        this.startDate = e.startDate();
        this.endDate = e.endDate();
        this.city = e.city();
        this.countryCode = e.countryCode();
        this.organiserId = e.organiserId();
        this.participatingCountries = e.participatingCountries();
        this.summary = e.summary();
        this.parentId = e.parentId();
        this.participants = e.participants();
        this.topicIds = e.topicIds();
        this.notes = e.notes();
        this.info = e.info();
    }

    public static EventBuilder anEvent() {
        return new EventBuilder(TypicalRecords.summit(null, List.of())).id(UUID.randomUUID());
    }

    public static EventBuilder from(Event e) {
        return new EventBuilder(e);
    }

    public EventBuilder id(UUID value) {
        this.id = value;
        return this;
    }

    public EventBuilder kind(EventKind value) {
        this.kind = value;
        return this;
    }

    public EventBuilder title(String value) {
        this.title = value;
        return this;
    }

    public EventBuilder startDate(LocalDate value) {
        this.startDate = value;
        return this;
    }

    public EventBuilder endDate(LocalDate value) {
        this.endDate = value;
        return this;
    }

    public EventBuilder city(String value) {
        this.city = value;
        return this;
    }

    public EventBuilder countryCode(String value) {
        this.countryCode = value;
        return this;
    }

    public EventBuilder organiserId(UUID value) {
        this.organiserId = value;
        return this;
    }

    public EventBuilder participatingCountries(Integer value) {
        this.participatingCountries = value;
        return this;
    }

    public EventBuilder summary(String value) {
        this.summary = value;
        return this;
    }

    public EventBuilder parentId(UUID value) {
        this.parentId = value;
        return this;
    }

    public EventBuilder participants(Participation... values) {
        this.participants = List.of(values);
        return this;
    }

    public EventBuilder participants(List<Participation> values) {
        this.participants = values;
        return this;
    }

    public EventBuilder topicIds(UUID... values) {
        this.topicIds = List.of(values);
        return this;
    }

    public EventBuilder topicIds(List<UUID> values) {
        this.topicIds = values;
        return this;
    }

    public EventBuilder notes(String value) {
        this.notes = value;
        return this;
    }

    /** A one-day event. */
    public EventBuilder on(LocalDate day) {
        return startDate(day).endDate(day);
    }

    public EventBuilder sensitivity(Sensitivity value) {
        this.info = info.withSensitivity(value);
        return this;
    }

    public EventBuilder sources(Source... values) {
        this.info = info.withSources(List.of(values));
        return this;
    }

    /** As if never saved: the store fills in the audit. */
    public EventBuilder unsaved() {
        this.info = info.withAudit(Audit.NEW);
        return this;
    }

    public Event build() {
        return new Event(id, kind, title, startDate, endDate, city, countryCode, organiserId, participatingCountries,
                summary, parentId, participants, topicIds, notes, info);
    }
}
