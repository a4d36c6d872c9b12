package org.briefingdesk.logic.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.CountryCatalog;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.EventKind;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.OrganisationKind;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Source;

/**
 * Popolo JSON in (popoloproject.com): organizations (classification → kind), persons (names, other names →
 * aliases, identifiers, links and sources kept as sources), memberships (role, organisation, start and end dates →
 * roles over time; a membership without dates takes its legislative period's), events (with organiser and parent).
 * A Popolo id that is a UUID stays the record's id; any other becomes the same name-based UUID every time, so that
 * importing the same file again duplicates nothing. A record missing what it must have is refused by name.
 */
public final class PopoloReader {
    /** Popolo files are a few megabytes; past this it is not one. */
    static final long MAX_SIZE = 256L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Map<String, UUID> organisations = new HashMap<>();
    private final Map<String, UUID> people = new HashMap<>();
    private final Map<String, JsonNode> periods = new HashMap<>();
    private final Map<String, String> organisationNames = new HashMap<>();

    private PopoloReader(Path file) {
        this.name = String.valueOf(file.getFileName());
    }

    public static void read(Path file, BundleReader.RecordSink sink, ExchangeMonitor monitor) {
        new PopoloReader(file).readFile(file, sink, monitor);
    }

    /** The id a Popolo id becomes here: itself when it is a UUID, else a UUID made from it and the kind. */
    public static UUID idOf(RecordKind kind, String popoloId) {
        try {
            return UUID.fromString(popoloId);
        } catch (IllegalArgumentException e) {
            return UUID.nameUUIDFromBytes(("popolo:" + kind.name().toLowerCase(Locale.ROOT) + ":" + popoloId)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private void readFile(Path file, BundleReader.RecordSink sink, ExchangeMonitor monitor) {
        JsonNode root;
        try {
            if (!Files.isRegularFile(file)) {
                throw new ExchangeException("exchange.error.missing", file);
            }
            if (Files.size(file) > MAX_SIZE) {
                throw new ExchangeException("exchange.error.popoloTooLarge", name, MAX_SIZE >> 20);
            }
            try (InputStream in = Files.newInputStream(file)) {
                root = JSON.readTree(in);
            }
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new ExchangeException(e, "exchange.error.json", name, name, where == null ? 0 : where.getLineNr(),
                    where == null ? 0 : where.getColumnNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new ExchangeException(e, "exchange.error.unreadable", name, e.getMessage());
        }
        if (root == null || !root.isObject() || !(root.has("persons") || root.has("organizations"))) {
            throw new ExchangeException("exchange.error.notPopolo", name);
        }
        for (JsonNode event : root.path("events")) {
            periods.put(event.path("id").asText(), event);
        }
        int index = 0;
        for (JsonNode o : root.path("organizations")) {
            index++;
            String id = required(o, "id", "organizations", index);
            String orgName = required(o, "name", "organizations", index);
            organisations.put(id, idOf(RecordKind.ORGANISATION, id));
            organisationNames.put(id, orgName);
        }
        index = 0;
        for (JsonNode o : root.path("organizations")) {
            sink.accept(organisation(o, ++index));
        }
        sink.kindDone(RecordKind.ORGANISATION);
        monitor.checkCancelled();
        index = 0;
        for (JsonNode p : root.path("persons")) {
            index++;
            people.put(required(p, "id", "persons", index), null);
        }
        Map<String, List<Role>> roles = roles(root.path("memberships"));
        index = 0;
        for (JsonNode p : root.path("persons")) {
            sink.accept(person(p, ++index, roles));
        }
        sink.kindDone(RecordKind.PERSON);
        monitor.checkCancelled();
        index = 0;
        for (JsonNode e : root.path("events")) {
            sink.accept(event(e, ++index));
        }
        sink.kindDone(RecordKind.EVENT);
    }

    private String required(JsonNode node, String field, String section, int index) {
        String value = node.path(field).asText("").strip();
        if (value.isEmpty()) {
            throw new ExchangeException("exchange.error.popoloMissing", name, section, index, field);
        }
        return value;
    }

    private Organisation organisation(JsonNode o, int index) {
        String id = o.path("id").asText();
        String abbreviation = "";
        for (JsonNode other : o.path("other_names")) {
            if ("abbreviation".equalsIgnoreCase(other.path("note").asText())) {
                abbreviation = other.path("name").asText("");
            }
        }
        return new Organisation(organisations.get(id), o.path("name").asText(), abbreviation,
                organisationKind(o.path("classification").asText("")), null, text(o, "description"),
                RecordInfo.of(Sensitivity.PUBLIC, sources(o)));
    }

    private Map<String, List<Role>> roles(JsonNode memberships) {
        Map<String, List<Role>> roles = new HashMap<>();
        int index = 0;
        for (JsonNode m : memberships) {
            index++;
            String person = required(m, "person_id", "memberships", index);
            String organisation = required(m, "organization_id", "memberships", index);
            UUID organisationId = organisations.get(organisation);
            if (organisationId == null) {
                throw new ExchangeException("exchange.error.popoloDangling", name, "memberships", index,
                        "organization_id", organisation);
            }
            JsonNode period = periods.get(m.path("legislative_period_id").asText(""));
            LocalDate from = date(m.hasNonNull("start_date") ? m.get("start_date").asText()
                    : period == null ? null : period.path("start_date").asText(null), false, "memberships", index);
            LocalDate to = date(m.hasNonNull("end_date") ? m.get("end_date").asText()
                    : period == null ? null : period.path("end_date").asText(null), true, "memberships", index);
            String title = m.path("role").asText(m.path("label").asText("member"));
            String party = organisationNames.get(m.path("on_behalf_of_id").asText(""));
            if (party != null && !m.path("on_behalf_of_id").asText().equals(organisation)) {
                title = title + " (" + party + ")";
            }
            if (from != null && to != null && to.isBefore(from)) {
                // A date of the membership's own against its period's other end: the period's is not this one's.
                if (m.hasNonNull("start_date") && m.hasNonNull("end_date")) {
                    throw new ExchangeException("exchange.error.popoloDates", name, "memberships", index);
                }
                if (m.hasNonNull("start_date")) {
                    to = null;
                } else {
                    from = null;
                }
            }
            roles.computeIfAbsent(person, k -> new ArrayList<>()).add(new Role(title, organisationId, from, to));
        }
        roles.keySet().stream().filter(p -> !people.containsKey(p)).findFirst().ifPresent(p -> {
            throw new ExchangeException("exchange.error.popoloDangling", name, "memberships", 0, "person_id", p);
        });
        return roles;
    }

    private Person person(JsonNode p, int index, Map<String, List<Role>> roles) {
        String id = p.path("id").asText();
        String full = p.path("name").asText("").strip();
        String given = text(p, "given_name");
        String family = text(p, "family_name");
        if (given.isEmpty() && family.isEmpty()) {
            if (full.isEmpty()) {
                throw new ExchangeException("exchange.error.popoloMissing", name, "persons", index, "name");
            }
            int space = full.lastIndexOf(' ');
            given = space < 0 ? "" : full.substring(0, space);
            family = space < 0 ? full : full.substring(space + 1);
        } else if (family.isEmpty() && full.startsWith(given)) {
            family = full.substring(given.length()).strip();
        } else if (given.isEmpty() && full.endsWith(family)) {
            given = full.substring(0, full.length() - family.length()).strip();
        }
        String ownName = (given + " " + family).strip();
        Set<String> aliases = new LinkedHashSet<>();
        if (!full.isEmpty() && !full.equals(ownName)) {
            aliases.add(full);
        }
        for (JsonNode other : p.path("other_names")) {
            String alias = other.path("name").asText("").strip();
            if (!alias.isEmpty() && !alias.equals(ownName)) {
                aliases.add(alias);
            }
        }
        String identity = text(p, "national_identity").toUpperCase(Locale.ROOT);
        String country = CountryCatalog.all().stream().anyMatch(c -> c.code().equals(identity)) ? identity : null;
        return new Person(idOf(RecordKind.PERSON, id), text(p, "honorific_prefix"), given, family, country,
                text(p, "summary"), List.copyOf(aliases), roles.getOrDefault(id, List.of()),
                RecordInfo.of(Sensitivity.PUBLIC, sources(p)));
    }

    private Event event(JsonNode e, int index) {
        String id = required(e, "id", "events", index);
        String title = required(e, "name", "events", index);
        String organiser = e.path("organization_id").asText("");
        String parent = e.path("parent_id").asText("");
        LocalDate start = date(e.path("start_date").asText(null), false, "events", index);
        LocalDate end = date(e.path("end_date").asText(null), true, "events", index);
        if (start != null && end != null && end.isBefore(start)) {
            throw new ExchangeException("exchange.error.popoloDates", name, "events", index);
        }
        return new Event(idOf(RecordKind.EVENT, id), eventKind(e.path("classification").asText("")), title, start,
                end, "", null, organisations.get(organiser), null, text(e, "description"),
                parent.isEmpty() ? null : idOf(RecordKind.EVENT, parent), List.of(), List.of(), "",
                RecordInfo.of(Sensitivity.PUBLIC, sources(e)));
    }

    /** Identifiers as "scheme: identifier" (no link), then links and sources with their notes. */
    private static List<Source> sources(JsonNode n) {
        List<Source> sources = new ArrayList<>();
        for (JsonNode id : n.path("identifiers")) {
            String scheme = id.path("scheme").asText("");
            String value = id.path("identifier").asText("");
            sources.add(new Source(scheme.isEmpty() || scheme.equals(PopoloWriter.NOTE_SCHEME) ? value
                    : scheme + ": " + value, ""));
        }
        for (String field : List.of("links", "sources")) {
            for (JsonNode link : n.path(field)) {
                sources.add(new Source(link.path("note").asText(""), Iris.fromUri(link.path("url").asText(""))));
            }
        }
        return sources;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText("").strip() : "";
    }

    /** A Popolo date (year, year-month, or a day, maybe with a time): a year's first day, or last for an end. */
    private LocalDate date(String text, boolean end, String section, int index) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        try {
            if (s.matches("\\d{4}")) {
                return end ? LocalDate.of(Integer.parseInt(s), 12, 31) : LocalDate.of(Integer.parseInt(s), 1, 1);
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                LocalDate first = LocalDate.parse(s + "-01");
                return end ? first.withDayOfMonth(first.lengthOfMonth()) : first;
            }
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeException | NumberFormatException e) {
            throw new ExchangeException("exchange.error.popoloDate", name, section, index, s);
        }
    }

    static OrganisationKind organisationKind(String classification) {
        return switch (classification.strip().toLowerCase(Locale.ROOT).replace(' ', '_')) {
            case "ministry" -> OrganisationKind.MINISTRY;
            case "government", "executive", "cabinet" -> OrganisationKind.GOVERNMENT;
            case "agency" -> OrganisationKind.AGENCY;
            case "international_organisation", "international_organization" ->
                    OrganisationKind.INTERNATIONAL_ORGANISATION;
            case "party", "political_party" -> OrganisationKind.PARTY;
            case "ngo" -> OrganisationKind.NGO;
            default -> OrganisationKind.OTHER;
        };
    }

    static EventKind eventKind(String classification) {
        for (EventKind kind : EventKind.values()) {
            if (kind.name().equalsIgnoreCase(classification.strip().replace(' ', '_'))) {
                return kind;
            }
        }
        return EventKind.OTHER;
    }
}
