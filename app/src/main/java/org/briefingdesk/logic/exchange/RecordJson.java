package org.briefingdesk.logic.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.briefingdesk.logic.records.Instants;
import org.briefingdesk.model.Audit;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.CommitmentStatus;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.EventKind;
import org.briefingdesk.model.FollowUp;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.OrganisationKind;
import org.briefingdesk.model.Participation;
import org.briefingdesk.model.ParticipationRole;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Source;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatementKind;
import org.briefingdesk.model.StatusChange;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;

/**
 * One record as the bundle's JSON writes it: every field, always in the same order, absent values as
 * {@code null}, enum values in lower case, dates ISO. Writing what was read gives the same bytes. Reading expects
 * a node the schema has accepted, and fails only on what a schema cannot say (a 30th of February).
 */
public final class RecordJson {
    private RecordJson() {
    }

    /** Writes the record as one JSON object; without its audit when {@code withAudit} is false (fingerprints). */
    public static void write(JsonGenerator g, StoredRecord record, boolean withAudit) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", record.id().toString());
        if (record instanceof Topic t) {
            g.writeStringField("name", t.name());
            g.writeStringField("nameEn", t.nameEn());
            id(g, "parent", t.parentId());
            g.writeStringField("description", t.description());
        } else if (record instanceof Organisation o) {
            g.writeStringField("name", o.name());
            g.writeStringField("abbreviation", o.abbreviation());
            name(g, "kind", o.kind());
            g.writeStringField("country", o.countryCode());
            g.writeStringField("notes", o.notes());
        } else if (record instanceof Person p) {
            person(g, p);
        } else if (record instanceof Event e) {
            event(g, e);
        } else if (record instanceof Report r) {
            report(g, r);
        } else if (record instanceof Statement s) {
            id(g, "speaker", s.speakerId());
            date(g, "date", s.date());
            id(g, "event", s.eventId());
            g.writeStringField("text", s.text());
            g.writeStringField("language", s.language());
            g.writeStringField("translation", s.translation());
            name(g, "kind", s.kind());
            ids(g, "topics", s.topicIds());
        } else if (record instanceof Commitment c) {
            commitment(g, c);
        }
        name(g, "sensitivity", record.sensitivity());
        g.writeArrayFieldStart("sources");
        for (Source source : record.sources()) {
            g.writeStartObject();
            g.writeStringField("title", source.title());
            g.writeStringField("url", source.url());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (withAudit) {
            Audit a = record.audit();
            g.writeObjectFieldStart("audit");
            instant(g, "createdAt", a.createdAt());
            g.writeStringField("createdBy", a.createdBy());
            instant(g, "updatedAt", a.updatedAt());
            g.writeStringField("updatedBy", a.updatedBy());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void person(JsonGenerator g, Person p) throws IOException {
        g.writeStringField("honorific", p.honorific());
        g.writeStringField("givenName", p.givenName());
        g.writeStringField("familyName", p.familyName());
        g.writeStringField("country", p.countryCode());
        g.writeStringField("notes", p.notes());
        g.writeArrayFieldStart("aliases");
        for (String alias : p.aliases()) {
            g.writeString(alias);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("roles");
        for (Role role : p.roles()) {
            g.writeStartObject();
            g.writeStringField("title", role.title());
            id(g, "organisation", role.organisationId());
            date(g, "from", role.from());
            date(g, "to", role.to());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void event(JsonGenerator g, Event e) throws IOException {
        name(g, "kind", e.kind());
        g.writeStringField("title", e.title());
        date(g, "startDate", e.startDate());
        date(g, "endDate", e.endDate());
        g.writeStringField("city", e.city());
        g.writeStringField("country", e.countryCode());
        id(g, "organiser", e.organiserId());
        if (e.participatingCountries() == null) {
            g.writeNullField("participatingCountries");
        } else {
            g.writeNumberField("participatingCountries", e.participatingCountries());
        }
        g.writeStringField("summary", e.summary());
        id(g, "parent", e.parentId());
        g.writeArrayFieldStart("participants");
        for (Participation p : e.participants()) {
            g.writeStartObject();
            id(g, "person", p.personId());
            name(g, "role", p.role());
            id(g, "onBehalfOfOrganisation", p.onBehalfOfOrganisationId());
            g.writeStringField("onBehalfOfCountry", p.onBehalfOfCountryCode());
            g.writeEndObject();
        }
        g.writeEndArray();
        ids(g, "topics", e.topicIds());
        g.writeStringField("notes", e.notes());
    }

    private static void report(JsonGenerator g, Report r) throws IOException {
        id(g, "event", r.eventId());
        g.writeStringField("title", r.title());
        g.writeStringField("author", r.author());
        date(g, "date", r.date());
        g.writeStringField("body", r.body());
        g.writeStringField("outcomes", r.outcomes());
        g.writeArrayFieldStart("followUps");
        for (FollowUp f : r.followUps()) {
            g.writeStartObject();
            g.writeStringField("action", f.action());
            date(g, "dueDate", f.dueDate());
            g.writeBooleanField("done", f.done());
            g.writeEndObject();
        }
        g.writeEndArray();
        ids(g, "topics", r.topicIds());
    }

    private static void commitment(JsonGenerator g, Commitment c) throws IOException {
        id(g, "statement", c.statementId());
        g.writeStringField("text", c.text());
        name(g, "status", c.status());
        date(g, "dueDate", c.dueDate());
        g.writeArrayFieldStart("history");
        for (StatusChange change : c.history()) {
            g.writeStartObject();
            date(g, "date", change.date());
            name(g, "status", change.status());
            g.writeStringField("note", change.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        ids(g, "topics", c.topicIds());
    }

    private static void id(JsonGenerator g, String field, UUID id) throws IOException {
        g.writeStringField(field, id == null ? null : id.toString());
    }

    private static void ids(JsonGenerator g, String field, List<UUID> ids) throws IOException {
        g.writeArrayFieldStart(field);
        for (UUID id : ids) {
            g.writeString(id.toString());
        }
        g.writeEndArray();
    }

    private static void date(JsonGenerator g, String field, LocalDate date) throws IOException {
        g.writeStringField(field, date == null ? null : date.toString());
    }

    private static void instant(JsonGenerator g, String field, Instant instant) throws IOException {
        g.writeStringField(field, instant == null ? null : instant.toString());
    }

    private static void name(JsonGenerator g, String field, Enum<?> value) throws IOException {
        g.writeStringField(field, value.name().toLowerCase(Locale.ROOT));
    }

    // --- reading ---

    /** A field whose text a schema cannot check (a date that does not exist), named for the message. */
    public static final class BadValue extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final String value;

        BadValue(String field, String value) {
            super(field);
            this.field = field;
            this.value = value;
        }

        public String field() {
            return field;
        }

        public String value() {
            return value;
        }
    }

    /** The record of this kind that a schema-valid node describes. */
    public static StoredRecord read(RecordKind kind, JsonNode n) {
        UUID id = uuid(n, "id");
        Sensitivity sensitivity = value(Sensitivity.class, n.get("sensitivity"));
        List<Source> sources = list(n.get("sources"), s -> new Source(text(s, "title"), text(s, "url")));
        RecordInfo info = new RecordInfo(sensitivity, sources, audit(n.get("audit")));
        return switch (kind) {
            case TOPIC -> new Topic(id, text(n, "name"), text(n, "nameEn"), uuid(n, "parent"), text(n, "description"),
                    info);
            case ORGANISATION -> new Organisation(id, text(n, "name"), text(n, "abbreviation"),
                    value(OrganisationKind.class, n.get("kind")), text(n, "country"), text(n, "notes"), info);
            case PERSON -> new Person(id, text(n, "honorific"), text(n, "givenName"), text(n, "familyName"),
                    text(n, "country"), text(n, "notes"), list(n.get("aliases"), JsonNode::asText),
                    list(n.get("roles"), r -> new Role(text(r, "title"), uuid(r, "organisation"), date(r, "from"),
                            date(r, "to"))), info);
            case EVENT -> new Event(id, value(EventKind.class, n.get("kind")), text(n, "title"), date(n, "startDate"),
                    date(n, "endDate"), text(n, "city"), text(n, "country"), uuid(n, "organiser"),
                    n.get("participatingCountries").isNull() ? null : n.get("participatingCountries").asInt(),
                    text(n, "summary"), uuid(n, "parent"), list(n.get("participants"), p -> new Participation(
                            uuid(p, "person"), value(ParticipationRole.class, p.get("role")),
                            uuid(p, "onBehalfOfOrganisation"), text(p, "onBehalfOfCountry"))),
                    uuids(n.get("topics")), text(n, "notes"), info);
            case REPORT -> new Report(id, uuid(n, "event"), text(n, "title"), text(n, "author"), date(n, "date"),
                    text(n, "body"), text(n, "outcomes"), list(n.get("followUps"), f -> new FollowUp(
                            text(f, "action"), date(f, "dueDate"), f.get("done").asBoolean())),
                    uuids(n.get("topics")), info);
            case STATEMENT -> new Statement(id, uuid(n, "speaker"), date(n, "date"), uuid(n, "event"), text(n, "text"),
                    text(n, "language"), text(n, "translation"), value(StatementKind.class, n.get("kind")),
                    uuids(n.get("topics")), info);
            case COMMITMENT -> new Commitment(id, uuid(n, "statement"), text(n, "text"),
                    value(CommitmentStatus.class, n.get("status")), date(n, "dueDate"),
                    list(n.get("history"), h -> new StatusChange(date(h, "date"), value(CommitmentStatus.class,
                            h.get("status")), text(h, "note"))), uuids(n.get("topics")), info);
        };
    }

    private static Audit audit(JsonNode a) {
        return new Audit(instant(a, "createdAt"), text(a, "createdBy"), instant(a, "updatedAt"), text(a, "updatedBy"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static UUID uuid(JsonNode n, String field) {
        String s = text(n, field);
        try {
            return s == null ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw new BadValue(field, s);
        }
    }

    private static List<UUID> uuids(JsonNode array) {
        List<UUID> out = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            try {
                out.add(UUID.fromString(item.asText()));
            } catch (IllegalArgumentException e) {
                throw new BadValue("topics", item.asText());
            }
        }
        return out;
    }

    private static LocalDate date(JsonNode n, String field) {
        String s = text(n, field);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeException e) {
            throw new BadValue(field, s);
        }
    }

    private static Instant instant(JsonNode n, String field) {
        String s = text(n, field);
        try {
            return s == null ? null : Instants.parse(s);
        } catch (DateTimeException e) {
            throw new BadValue(field, s);
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, JsonNode n) {
        return Enum.valueOf(type, n.asText().toUpperCase(Locale.ROOT));
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> out = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            out.add(item.apply(node));
        }
        return out;
    }
}
