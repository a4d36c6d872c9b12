package org.briefingdesk.logic.records;

import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.FollowUp;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Participation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;

/**
 * Describes one record with everything linked to it, in the user's language: what the detail pane
 * and {@code briefing-desk show} present. Read-only; safe to call off the UI thread.
 */
public final class RecordDetailService {
    /**
     * A topic's statements and events read for its detail, newest first: over a decade a topic gathers tens of
     * thousands, which took a minute and more than the window's heap to read; the rest is counted, and read a
     * window at a time as the pane asks for it.
     */
    static final int LATEST_READ = 500;
    private final RecordStore store;
    private final Localization l10n;
    private final DisplayFormat format;
    private final Comparator<RecordLink> byLabel;

    public RecordDetailService(RecordStore store, Localization l10n) {
        this.store = store;
        this.l10n = l10n;
        this.format = new DisplayFormat(l10n, store.countries());
        Collator collator = Collator.getInstance(l10n.locale());
        this.byLabel = Comparator.comparing(RecordLink::label, collator);
    }

    /** The record with this id, described; empty when there is none. */
    public Optional<RecordDetail> describe(UUID id) {
        return store.findRecord(id).map(this::describe);
    }

    private RecordDetail describe(StoredRecord record) {
        DetailBuilder detail = new DetailBuilder(l10n);
        if (record instanceof Event e) {
            describeEvent(e, detail);
        } else if (record instanceof Person p) {
            describePerson(p, detail);
        } else if (record instanceof Organisation o) {
            describeOrganisation(o, detail);
        } else if (record instanceof Report r) {
            describeReport(r, detail);
        } else if (record instanceof Statement s) {
            describeStatement(s, detail);
        } else if (record instanceof Commitment c) {
            describeCommitment(c, detail);
        } else if (record instanceof Topic t) {
            describeTopic(t, detail);
        }
        describeCommon(record, detail);
        return new RecordDetail(record.id(), record.recordKind(), RecordLabels.label(record, l10n.locale()),
                detail.fields(),
                detail.groups(), store.history().findByRecord(record.id()));
    }

    private void describeEvent(Event event, DetailBuilder detail) {
        detail.field("detail.field.kind", l10n.of(event.kind()))
                .field("detail.field.date", format.dateRange(event.startDate(), event.endDate()))
                .field("detail.field.place", place(event.city(), event.countryCode()))
                .field("detail.field.participatingCountries", event.participatingCountries())
                .field("detail.field.summary", event.summary())
                .field("detail.field.notes", event.notes());
        detail.links("detail.links.parentEvent", optionalLink(event.parentId(), store.events()::findById))
                .links("detail.links.organiser", optionalLink(event.organiserId(), store.organisations()::findById))
                .links("detail.links.sideMeetings", eventLinks(store.events().findChildren(event.id()), null))
                .links("detail.links.participants", participantLinks(event))
                .links("detail.links.statements", statementLinks(store.statements().findByEvent(event.id())))
                .links("detail.links.reports", sorted(store.reports().findByEvent(event.id()).stream()
                        .map(r -> DetailBuilder.link(r, format.date(r.date())))))
                .links("detail.links.topics", topicLinks(event.topicIds()));
    }

    private List<RecordLink> participantLinks(Event event) {
        List<RecordLink> links = new ArrayList<>();
        for (Participation participation : event.participants()) {
            store.people().findById(participation.personId()).ifPresent(person ->
                    links.add(DetailBuilder.link(person, participationNote(participation))));
        }
        return links;
    }

    /** "vedoucí delegace · MV ČR · Česko": the role there and on whose behalf. */
    private String participationNote(Participation participation) {
        String organisation = participation.onBehalfOfOrganisationId() == null ? ""
                : store.organisations().findById(participation.onBehalfOfOrganisationId())
                .map(o -> o.abbreviation().isEmpty() ? o.name() : o.abbreviation()).orElse("");
        return joinNonBlank(l10n.of(participation.role()), organisation,
                format.country(participation.onBehalfOfCountryCode()));
    }

    private void describePerson(Person person, DetailBuilder detail) {
        detail.field("detail.field.name", person.fullName())
                .field("detail.field.honorific", person.honorific())
                .field("detail.field.aliases", String.join(", ", person.aliases()))
                .field("detail.field.country", format.country(person.countryCode()))
                .field("detail.field.notes", person.notes());
        List<Statement> statements = store.statements().findBySpeaker(person.id());
        detail.links("detail.links.roles", roleLinks(person))
                .links("detail.links.events", eventLinks(store.events().findByParticipant(person.id()), person.id()))
                .links("detail.links.statements", statementLinks(statements))
                .links("detail.links.commitments", commitmentLinks(statements.stream()
                        .flatMap(s -> store.commitments().findByStatement(s.id()).stream())));
    }

    /** Roles over time, newest first, each linking to its organisation. */
    private List<RecordLink> roleLinks(Person person) {
        List<RecordLink> links = new ArrayList<>();
        person.roles().stream()
                .sorted(Comparator.comparing((Role r) -> r.from() == null ? LocalDate.MIN : r.from()).reversed())
                .forEach(role -> {
                    String note = joinNonBlank(role.title(), period(role.from(), role.to()));
                    Optional<Organisation> organisation = role.organisationId() == null ? Optional.empty()
                            : store.organisations().findById(role.organisationId());
                    organisation.ifPresent(o -> links.add(DetailBuilder.link(o, note)));
                });
        return links;
    }

    private String period(LocalDate from, LocalDate to) {
        return joinNonBlank(from == null ? "" : l10n.get("detail.value.from", format.date(from)),
                to == null ? "" : l10n.get("detail.value.to", format.date(to)));
    }

    private void describeOrganisation(Organisation organisation, DetailBuilder detail) {
        detail.field("detail.field.name", organisation.name())
                .field("detail.field.abbreviation", organisation.abbreviation())
                .field("detail.field.kind", l10n.of(organisation.kind()))
                .field("detail.field.country", format.country(organisation.countryCode()))
                .field("detail.field.notes", organisation.notes());
        List<RecordLink> people = new ArrayList<>();
        for (Person person : store.people().findByOrganisation(organisation.id())) {
            person.roles().stream().filter(r -> organisation.id().equals(r.organisationId()))
                    .forEach(r -> people.add(DetailBuilder.link(person,
                            joinNonBlank(r.title(), period(r.from(), r.to())))));
        }
        people.sort(byLabel);
        List<Event> organised = store.events().findByOrganiser(organisation.id());
        detail.links("detail.links.people", people)
                .links("detail.links.organisedEvents", eventLinks(organised, null));
    }

    private void describeReport(Report report, DetailBuilder detail) {
        detail.field("detail.field.author", report.author())
                .field("detail.field.date", format.date(report.date()))
                .field("detail.field.outcomes", report.outcomes())
                .field("detail.field.followUps", followUps(report.followUps()))
                .field("detail.field.body", report.body());
        detail.links("detail.links.event", optionalLink(report.eventId(), store.events()::findById))
                .links("detail.links.topics", topicLinks(report.topicIds()));
    }

    private String followUps(List<FollowUp> followUps) {
        return followUps.stream()
                .map(f -> "• " + joinNonBlank(f.action(),
                        f.dueDate() == null ? "" : l10n.get("detail.value.due", format.date(f.dueDate())),
                        f.done() ? l10n.get("detail.value.done") : ""))
                .collect(Collectors.joining("\n"));
    }

    private void describeStatement(Statement statement, DetailBuilder detail) {
        detail.field("detail.field.kind", l10n.of(statement.kind()))
                .field("detail.field.date", format.date(statement.date()))
                .field("detail.field.language", format.language(statement.language()))
                .field("detail.field.text", statement.text())
                .field("detail.field.translation", statement.translation());
        detail.links("detail.links.speaker", optionalLink(statement.speakerId(), store.people()::findById))
                .links("detail.links.event", optionalLink(statement.eventId(), store.events()::findById))
                .links("detail.links.commitments",
                        commitmentLinks(store.commitments().findByStatement(statement.id()).stream()))
                .links("detail.links.topics", topicLinks(statement.topicIds()));
    }

    private void describeCommitment(Commitment commitment, DetailBuilder detail) {
        detail.field("detail.field.text", commitment.text())
                .field("detail.field.status", l10n.of(commitment.status()))
                .field("detail.field.dueDate", format.date(commitment.dueDate()))
                .field("detail.field.statusHistory", commitment.history().stream()
                        .map(h -> joinNonBlank(format.date(h.date()), l10n.of(h.status()), h.note()))
                        .collect(Collectors.joining("\n")));
        Optional<Statement> statement = commitment.statementId() == null ? Optional.empty()
                : store.statements().findById(commitment.statementId());
        detail.links("detail.links.statement", statementLinks(statement.stream().toList()))
                .links("detail.links.speaker", optionalLink(statement.map(Statement::speakerId).orElse(null),
                        store.people()::findById))
                .links("detail.links.topics", topicLinks(commitment.topicIds()));
    }

    private void describeTopic(Topic topic, DetailBuilder detail) {
        detail.field("detail.field.name", topic.name())
                .field("detail.field.nameEn", topic.nameEn())
                .field("detail.field.description", topic.description());
        UUID id = topic.id();
        detail.links("detail.links.parentTopic", topicLinks(topic.parentId() == null ? List.of()
                        : List.of(topic.parentId())))
                .links("detail.links.subtopics", sorted(store.topics().findChildren(id).stream().map(this::topicLink)))
                .links("detail.links.events", eventLinks(store.events().findLatestByTopic(id, 0, LATEST_READ), null),
                        store.events().countByTopic(id),
                        (offset, limit) -> eventLinks(store.events().findLatestByTopic(id, offset, limit), null))
                .links("detail.links.reports", sorted(store.reports().findByTopic(id).stream()
                        .map(r -> DetailBuilder.link(r, format.date(r.date())))))
                .links("detail.links.statements", statementLinks(store.statements().findLatestByTopic(id, 0,
                        LATEST_READ)), store.statements().countByTopic(id),
                        (offset, limit) -> statementLinks(store.statements().findLatestByTopic(id, offset, limit)))
                .links("detail.links.commitments", commitmentLinks(store.commitments().findByTopic(id).stream()));
    }

    private void describeCommon(StoredRecord record, DetailBuilder detail) {
        detail.field("detail.field.sensitivity", l10n.of(record.sensitivity()))
                .field("detail.field.sources", format.sources(record.sources()))
                .field("detail.field.created", audit(record.audit().createdAt(), record.audit().createdBy()))
                .field("detail.field.updated", audit(record.audit().updatedAt(), record.audit().updatedBy()));
        for (String field : store.invalidFields(record.id())) {
            String label = field.equals("audit") ? l10n.get("detail.field.changes")
                    : FieldLabels.label(l10n, record.recordKind(), field);
            detail.invalid(label.substring(0, 1).toUpperCase(l10n.locale()) + label.substring(1));
        }
    }

    private String audit(Instant at, String by) {
        return at == null ? "" : by == null || by.isBlank() ? format.time(at)
                : l10n.get("detail.value.audit", format.time(at), by);
    }

    /**
     * Events newest first (before a meeting the last ones matter most, and a topic's hundreds are shown
     * fifty at a time), undated ones last, noted with their date and, for a person, their role there.
     */
    private List<RecordLink> eventLinks(List<Event> events, UUID participant) {
        return events.stream()
                .sorted(Comparator.comparing((Event e) -> e.startDate(), NEWEST_FIRST))
                .map(e -> DetailBuilder.link(e, joinNonBlank(format.dateRange(e.startDate(), e.endDate()),
                        participant == null ? "" : e.participants().stream()
                                .filter(p -> participant.equals(p.personId()))
                                .map(p -> l10n.of(p.role())).findFirst().orElse(""))))
                .toList();
    }

    /** Statements newest first, undated ones last, noted with speaker (each read once) and date. */
    private List<RecordLink> statementLinks(List<Statement> statements) {
        Map<UUID, String> speakers = new HashMap<>();
        return statements.stream()
                .sorted(Comparator.comparing((Statement s) -> s.date(), NEWEST_FIRST))
                .map(s -> DetailBuilder.link(s, joinNonBlank(
                        s.speakerId() == null ? "" : speakers.computeIfAbsent(s.speakerId(),
                                id -> store.people().findById(id).map(RecordLabels::label).orElse("")),
                        format.date(s.date()))))
                .toList();
    }

    private static final Comparator<LocalDate> NEWEST_FIRST = Comparator.nullsLast(Comparator.reverseOrder());

    private List<RecordLink> commitmentLinks(Stream<Commitment> commitments) {
        return sorted(commitments.map(c -> DetailBuilder.link(c, l10n.of(c.status()))));
    }

    private List<RecordLink> topicLinks(List<UUID> topicIds) {
        return sorted(topicIds.stream().map(store.topics()::findById).flatMap(Optional::stream)
                .map(this::topicLink));
    }

    /** A topic named in the user's language, as the topics table names it. */
    private RecordLink topicLink(Topic topic) {
        return new RecordLink(topic.id(), topic.recordKind(), RecordLabels.label(topic, l10n.locale()), "");
    }

    private <T extends StoredRecord> List<RecordLink> optionalLink(UUID id,
            Function<UUID, Optional<T>> finder) {
        return id == null ? List.of() : finder.apply(id).map(r -> DetailBuilder.link(r, "")).stream().toList();
    }

    private List<RecordLink> sorted(Stream<RecordLink> links) {
        return links.sorted(byLabel).toList();
    }

    private String place(String city, String countryCode) {
        return Stream.of(city, format.country(countryCode)).filter(p -> !p.isBlank())
                .collect(Collectors.joining(", "));
    }

    private static String joinNonBlank(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(p -> !p.isBlank())
                .collect(Collectors.joining(" · "));
    }
}
