package org.briefingdesk.logic.exchange;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.CountryCatalog;
import org.briefingdesk.logic.records.DuplicateFinder;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Country;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Participation;
import org.briefingdesk.model.ParticipationRole;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.StoredRecord;

/**
 * A delegation list into people: which column holds what (guessed from the headings, changed by the user), each
 * row made a person and matched against the people here by the duplicate guard (shown, never merged silently),
 * and optionally everyone attached to an event with a role. Applied like any import: one transaction after a
 * verified backup, undone as one step.
 */
public final class ParticipantImport {
    /** What a column holds. */
    public enum Column { GIVEN_NAME, FAMILY_NAME, FULL_NAME, ORGANISATION, COUNTRY, FUNCTION, EMAIL, NOTE, IGNORE }

    /** One row: its line in the file, the person it describes, and the people here it probably is. */
    public record Row(int line, Person person, List<Person> matches) {
        public Row {
            matches = List.copyOf(matches);
        }
    }

    private static final Map<Column, List<String>> HEADINGS = Map.of(
            Column.GIVEN_NAME, List.of("jmeno", "krestni jmeno", "given name", "first name", "given"),
            Column.FAMILY_NAME, List.of("prijmeni", "family name", "last name", "surname", "family"),
            Column.FULL_NAME, List.of("jmeno a prijmeni", "cele jmeno", "name", "full name", "ucastnik", "participant"),
            Column.ORGANISATION, List.of("organizace", "instituce", "urad", "organisation", "organization",
                    "institution"),
            Column.COUNTRY, List.of("zeme", "stat", "country", "delegace", "delegation"),
            Column.FUNCTION, List.of("funkce", "pozice", "function", "position", "title", "role"),
            Column.EMAIL, List.of("e-mail", "email", "mail"),
            Column.NOTE, List.of("poznamka", "note", "notes", "remark"));

    private ParticipantImport() {
    }

    /** The column each heading most likely names ("Příjmení" the family name); unknown ones are ignored. */
    public static List<Column> guess(List<String> headings) {
        List<Column> mapping = new ArrayList<>();
        for (String heading : headings) {
            String folded = fold(heading);
            Column found = Column.IGNORE;
            for (Map.Entry<Column, List<String>> e : HEADINGS.entrySet()) {
                if (e.getValue().contains(folded)) {
                    found = e.getKey();
                }
            }
            mapping.add(mapping.contains(found) && found != Column.IGNORE ? Column.IGNORE : found);
        }
        return mapping;
    }

    /** Each row as a person with the people here it probably is; a row with no name is refused by its line. */
    public static List<Row> preview(RecordStore store, String source, TableReader.Rows rows, List<Column> mapping) {
        Map<String, List<Person>> byName = new HashMap<>();
        for (Person p : store.people().findAll()) {
            DuplicateFinder.keys(p).forEach(k -> byName.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
        }
        Map<String, Organisation> organisations = new HashMap<>();
        for (Organisation o : store.organisations().findAll()) {
            DuplicateFinder.keys(o).forEach(k -> organisations.putIfAbsent(k, o));
        }
        List<Row> out = new ArrayList<>();
        int line = 1;
        for (List<String> cells : rows.rows()) {
            line++;
            Person person = person(cells, mapping, organisations);
            if (person.fullName().isEmpty()) {
                throw new ExchangeException("exchange.error.rowNoName", source, line);
            }
            Set<Person> matches = new LinkedHashSet<>();
            DuplicateFinder.keys(person).forEach(k -> matches.addAll(byName.getOrDefault(k, List.of())));
            out.add(new Row(line, person, List.copyOf(matches)));
        }
        return out;
    }

    /**
     * What the import writes: the people not matched to one here ({@code chosen} maps a row's line to the person
     * here it is), and the event with everyone added as participants in {@code role}, when an event is given.
     */
    public static ImportApplier.Changes changes(RecordStore store, List<Row> rows, Map<Integer, UUID> chosen,
                                                UUID eventId, ParticipationRole role) {
        List<StoredRecord> created = new ArrayList<>();
        List<UUID> participants = new ArrayList<>();
        for (Row row : rows) {
            UUID existing = chosen.get(row.line());
            if (existing != null) {
                participants.add(existing);
            } else {
                created.add(row.person());
                participants.add(row.person().id());
            }
        }
        List<StoredRecord> changed = new ArrayList<>();
        if (eventId != null) {
            Event e = store.events().findById(eventId)
                    .orElseThrow(() -> new ExchangeException("exchange.error.noEvent", eventId));
            List<Participation> all = new ArrayList<>(e.participants());
            Set<UUID> present = new HashSet<>();
            all.forEach(p -> present.add(p.personId()));
            for (UUID person : participants) {
                if (present.add(person)) {
                    all.add(new Participation(person, role, null, null));
                }
            }
            changed.add(new Event(e.id(), e.kind(), e.title(), e.startDate(), e.endDate(), e.city(), e.countryCode(),
                    e.organiserId(), e.participatingCountries(), e.summary(), e.parentId(), all, e.topicIds(),
                    e.notes(), e.info()));
        }
        return new ImportApplier.Changes(created, changed, Map.of(), Map.of());
    }

    private static Person person(List<String> cells, List<Column> mapping, Map<String, Organisation> organisations) {
        Map<Column, String> v = new HashMap<>();
        for (int i = 0; i < mapping.size() && i < cells.size(); i++) {
            if (mapping.get(i) != Column.IGNORE && !cells.get(i).isBlank()) {
                v.put(mapping.get(i), cells.get(i).strip());
            }
        }
        String given = v.getOrDefault(Column.GIVEN_NAME, "");
        String family = v.getOrDefault(Column.FAMILY_NAME, "");
        String full = v.getOrDefault(Column.FULL_NAME, "");
        if (given.isEmpty() && family.isEmpty() && !full.isEmpty()) {
            int space = full.lastIndexOf(' ');
            given = space < 0 ? "" : full.substring(0, space);
            family = space < 0 ? full : full.substring(space + 1);
        }
        String organisationName = v.getOrDefault(Column.ORGANISATION, "");
        Organisation organisation = organisationName.isEmpty() ? null : DuplicateFinder.keys(new Organisation(null,
                organisationName, "", null, null, "", null)).stream().map(organisations::get)
                .filter(Objects::nonNull).findFirst().orElse(null);
        List<String> notes = new ArrayList<>();
        if (organisation == null && !organisationName.isEmpty()) {
            notes.add(organisationName);
        }
        if (v.containsKey(Column.EMAIL)) {
            notes.add(v.get(Column.EMAIL));
        }
        if (v.containsKey(Column.NOTE)) {
            notes.add(v.get(Column.NOTE));
        }
        List<Role> roles = v.containsKey(Column.FUNCTION) || organisation != null
                ? List.of(new Role(v.getOrDefault(Column.FUNCTION, ""), organisation == null ? null : organisation.id(),
                        null, null)) : List.of();
        return new Person(UUID.randomUUID(), "", given, family, country(v.getOrDefault(Column.COUNTRY, "")),
                String.join("\n", notes), List.of(), roles, RecordInfo.NEW);
    }

    /** A country by its code or its Czech or English name, folded; null when none is meant. */
    private static String country(String text) {
        if (text.isBlank()) {
            return null;
        }
        String folded = fold(text);
        for (Country c : CountryCatalog.all()) {
            if (c.code().equalsIgnoreCase(text.strip()) || fold(c.nameCs()).equals(folded)
                    || fold(c.nameEn()).equals(folded)) {
                return c.code();
            }
        }
        return null;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("\\s+", " ");
    }
}
