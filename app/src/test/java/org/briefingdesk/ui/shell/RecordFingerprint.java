package org.briefingdesk.ui.shell;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Participation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;

/**
 * The meaningful fields of the people, events, statements, commitments and reports of a store, one text per
 * record, with every link written as the linked record's label: two stores that hold the same records under
 * other ids (and other audit) have equal fingerprints. Left out: notes, summaries, sources and the statement's
 * translation (the sample's own prose, not the release's), and the report's body (the release itself, word for word).
 */
final class RecordFingerprint {
    private final Map<UUID, String> labels = new HashMap<>();

    private RecordFingerprint(RecordStore store) {
        List<List<? extends StoredRecord>> all = List.of(store.people().findAll(), store.organisations().findAll(),
                store.events().findAll(), store.topics().findAll(), store.statements().findAll());
        all.forEach(records -> records.forEach(r -> labels.put(r.id(), RecordLabels.label(r))));
    }

    /** Kind name → the sorted texts of that kind's records. */
    static Map<String, List<String>> of(RecordStore store) {
        RecordFingerprint f = new RecordFingerprint(store);
        Map<String, List<String>> kinds = new TreeMap<>();
        kinds.put("people", sorted(store.people().findAll().stream().map(f::person).toList()));
        kinds.put("events", sorted(store.events().findAll().stream().map(f::event).toList()));
        kinds.put("statements", sorted(store.statements().findAll().stream().map(f::statement).toList()));
        kinds.put("commitments", sorted(store.commitments().findAll().stream().map(f::commitment).toList()));
        kinds.put("reports", sorted(store.reports().findAll().stream().map(f::report).toList()));
        return kinds;
    }

    private String person(Person p) {
        return lines("honorific=" + p.honorific(), "givenName=" + p.givenName(), "familyName=" + p.familyName(),
                "country=" + p.countryCode(), "aliases=" + p.aliases(), "roles=" + p.roles().stream()
                        .map(this::role).toList(), "sensitivity=" + p.sensitivity());
    }

    private String role(Role r) {
        return r.title() + " @ " + label(r.organisationId()) + " " + r.from() + ".." + r.to();
    }

    private String event(Event e) {
        return lines("kind=" + e.kind(), "title=" + e.title(), "dates=" + e.startDate() + ".." + e.endDate(),
                "place=" + e.city() + ", " + e.countryCode(), "organiser=" + label(e.organiserId()),
                "countries=" + e.participatingCountries(), "parent=" + label(e.parentId()),
                "participants=" + e.participants().stream().map(this::participant).sorted().toList(),
                "topics=" + labels(e.topicIds()), "sensitivity=" + e.sensitivity());
    }

    private String participant(Participation p) {
        return label(p.personId()) + " as " + p.role() + " for " + label(p.onBehalfOfOrganisationId()) + "/"
                + p.onBehalfOfCountryCode();
    }

    private String statement(Statement s) {
        return lines("speaker=" + label(s.speakerId()), "date=" + s.date(), "event=" + label(s.eventId()),
                "kind=" + s.kind(), "language=" + s.language(), "text=" + s.text(), "topics=" + labels(s.topicIds()),
                "sensitivity=" + s.sensitivity());
    }

    private String commitment(Commitment c) {
        return lines("statement=" + label(c.statementId()), "text=" + c.text(), "status=" + c.status(),
                "due=" + c.dueDate(), "history=" + c.history(), "topics=" + labels(c.topicIds()),
                "sensitivity=" + c.sensitivity());
    }

    private String report(Report r) {
        return lines("event=" + label(r.eventId()), "title=" + r.title(), "author=" + r.author(),
                "date=" + r.date(), "outcomes=" + r.outcomes(), "followUps=" + r.followUps(),
                "topics=" + labels(r.topicIds()),
                "sensitivity=" + r.sensitivity());
    }

    private String label(UUID id) {
        return id == null ? "-" : labels.getOrDefault(id, "?" + id);
    }

    private List<String> labels(Collection<UUID> ids) {
        return ids.stream().map(this::label).sorted().toList();
    }

    private static String lines(String... fields) {
        return String.join("\n", fields);
    }

    private static List<String> sorted(List<String> texts) {
        return texts.stream().sorted().collect(Collectors.toList());
    }
}
