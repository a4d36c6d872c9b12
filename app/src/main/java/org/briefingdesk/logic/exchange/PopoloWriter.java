package org.briefingdesk.logic.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Source;
import org.briefingdesk.model.StoredRecord;

/**
 * Our people, organisations, roles (as memberships) and events as Popolo JSON, valid against the Popolo schemas:
 * ids are ours, a source with a link is a Popolo source, one without ("wikidata: Q123") an identifier. What Popolo
 * has no place for (an event's place and participants, sensitivity, audit) stays here; the bundle carries it all.
 */
public final class PopoloWriter {
    /** The identifier scheme of a source that names no scheme of its own. */
    static final String NOTE_SCHEME = "briefing-desk-source";
    private static final JsonFactory JSON = new JsonFactory();
    private static final Comparator<StoredRecord> BY_ID = Comparator.comparing(r -> r.id().toString());

    private PopoloWriter() {
    }

    /** Writes every person, organisation and event up to {@code max}; returns how many records went. */
    public static long write(RecordStore store, Sensitivity max, OutputStream out) throws IOException {
        List<Organisation> organisations = store.organisations().findAll().stream()
                .filter(o -> o.sensitivity().atMost(max)).sorted(BY_ID).toList();
        List<Person> people = store.people().findAll().stream().filter(p -> p.sensitivity().atMost(max))
                .sorted(BY_ID).toList();
        // Popolo requires an event's start: an undated event stays here.
        List<Event> events = store.events().findAll().stream().filter(e -> e.sensitivity().atMost(max))
                .filter(e -> e.startDate() != null || e.endDate() != null).sorted(BY_ID).toList();
        Set<UUID> written = new HashSet<>();
        organisations.forEach(o -> written.add(o.id()));
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("persons");
            for (Person p : people) {
                person(g, p);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("organizations");
            for (Organisation o : organisations) {
                organisation(g, o);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("memberships");
            for (Person p : people) {
                int n = 0;
                for (Role role : p.roles()) {
                    n++;
                    if (role.organisationId() != null && written.contains(role.organisationId())) {
                        membership(g, p, role, n);
                    }
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            Set<UUID> eventIds = new HashSet<>();
            events.forEach(e -> eventIds.add(e.id()));
            for (Event e : events) {
                event(g, e, written, eventIds);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return (long) organisations.size() + people.size() + events.size();
    }

    private static void person(JsonGenerator g, Person p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id().toString());
        g.writeStringField("name", p.fullName());
        field(g, "given_name", p.givenName());
        field(g, "family_name", p.familyName());
        field(g, "honorific_prefix", p.honorific());
        field(g, "summary", p.notes());
        field(g, "national_identity", p.countryCode());
        if (!p.aliases().isEmpty()) {
            g.writeArrayFieldStart("other_names");
            for (String alias : p.aliases()) {
                g.writeStartObject();
                g.writeStringField("name", alias);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        sources(g, p.sources());
        g.writeEndObject();
    }

    private static void organisation(JsonGenerator g, Organisation o) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", o.id().toString());
        g.writeStringField("name", o.name());
        g.writeStringField("classification", o.kind().name().toLowerCase(Locale.ROOT));
        field(g, "description", o.notes());
        if (!o.abbreviation().isEmpty()) {
            g.writeArrayFieldStart("other_names");
            g.writeStartObject();
            g.writeStringField("name", o.abbreviation());
            g.writeStringField("note", "abbreviation");
            g.writeEndObject();
            g.writeEndArray();
        }
        sources(g, o.sources());
        g.writeEndObject();
    }

    private static void membership(JsonGenerator g, Person p, Role role, int n) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id() + "/" + n);
        g.writeStringField("person_id", p.id().toString());
        g.writeStringField("organization_id", role.organisationId().toString());
        field(g, "role", role.title());
        date(g, "start_date", role.from());
        date(g, "end_date", role.to());
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, Event e, Set<UUID> organisations, Set<UUID> events)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id().toString());
        g.writeStringField("name", e.title());
        g.writeStringField("classification", e.kind().name().toLowerCase(Locale.ROOT));
        g.writeStringField("start_date", (e.startDate() != null ? e.startDate() : e.endDate()).toString());
        date(g, "end_date", e.endDate());
        field(g, "description", e.summary());
        if (e.organiserId() != null && organisations.contains(e.organiserId())) {
            g.writeStringField("organization_id", e.organiserId().toString());
        }
        if (e.parentId() != null && events.contains(e.parentId())) {
            g.writeStringField("parent_id", e.parentId().toString());
        }
        sources(g, e.sources());
        g.writeEndObject();
    }

    private static void sources(JsonGenerator g, List<Source> sources) throws IOException {
        List<Source> identifiers = sources.stream().filter(s -> s.url().isEmpty() && !s.title().isEmpty()).toList();
        List<Source> links = sources.stream().filter(s -> !s.url().isEmpty()).toList();
        if (!identifiers.isEmpty()) {
            g.writeArrayFieldStart("identifiers");
            for (Source s : identifiers) {
                int colon = s.title().indexOf(": ");
                boolean schemed = colon > 0 && !s.title().substring(0, colon).contains(" ");
                g.writeStartObject();
                g.writeStringField("scheme", schemed ? s.title().substring(0, colon) : NOTE_SCHEME);
                g.writeStringField("identifier", schemed ? s.title().substring(colon + 2) : s.title());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!links.isEmpty()) {
            g.writeArrayFieldStart("sources");
            for (Source s : links) {
                g.writeStartObject();
                g.writeStringField("url", Iris.toUri(s.url()));
                field(g, "note", s.title());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private static void field(JsonGenerator g, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeStringField(name, value);
        }
    }

    private static void date(JsonGenerator g, String name, LocalDate value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.toString());
        }
    }
}
