package org.briefingdesk.logic.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;

/**
 * Runs the queries a pack needs and keeps what the options allow: the target's people, their events
 * and statements, our side's statements that concern them, commitments and reports. "Our side" is
 * everyone from {@link BriefingOptions#ourCountry()} or attending on its behalf.
 */
final class BriefingScopeCollector {
    private static final Comparator<LocalDate> DATES = Comparator.nullsFirst(Comparator.naturalOrder());
    static final Comparator<Statement> BY_DATE = Comparator.comparing(Statement::date, DATES)
            .thenComparing(Statement::id);
    static final Comparator<Event> MOST_RECENT_FIRST = Comparator.comparing(Event::startDate, DATES).reversed()
            .thenComparing(Event::title);

    private final RecordStore store;
    private final BriefingOptions options;
    private final SensitivityFilter filter;
    private final RecordLookup lookup;
    private final BriefingMonitor monitor;
    private final Set<UUID> topicFilter;
    private final OurSide ours;

    BriefingScopeCollector(RecordStore store, BriefingOptions options, SensitivityFilter filter,
                           RecordLookup lookup, OurSide ours, BriefingMonitor monitor) {
        this.ours = ours;
        this.store = store;
        this.options = options;
        this.filter = filter;
        this.lookup = lookup;
        this.monitor = monitor;
        this.topicFilter = options.topicIds().isEmpty() ? Set.of() : lookup.withSubtopics(options.topicIds());
    }

    BriefingScope collect(BriefingTarget target) {
        Subject subject = subject(target);
        monitor.checkpoint();
        Map<UUID, Event> attended = new LinkedHashMap<>();
        if (subject.topic != null) {
            for (UUID topicId : lookup.withSubtopics(Set.of(subject.topic.id()))) {
                store.events().findByTopic(topicId).forEach(e -> attended.putIfAbsent(e.id(), e));
            }
        } else {
            for (Person person : subject.people) {
                monitor.checkpoint();
                store.events().findByParticipant(person.id()).forEach(e -> attended.putIfAbsent(e.id(), e));
            }
        }
        List<Event> events = attended.values().stream().filter(this::keep).toList();
        List<Event> meetings = events.stream()
                .filter(e -> subject.event == null || !e.id().equals(subject.event.id()))
                .filter(ours::tookPartIn).sorted(MOST_RECENT_FIRST).toList();
        Map<UUID, Event> context = contextEvents(events, subject.event);

        List<Statement> theirs = theirStatements(subject);
        Set<UUID> topics = involvedTopics(subject, events, theirs);
        List<Statement> ours = ourStatements(context.values(), topics);
        monitor.checkpoint();
        Map<UUID, List<Commitment>> commitments = new HashMap<>();
        for (Statement statement : concat(theirs, ours)) {
            List<Commitment> made = store.commitments().findByStatement(statement.id()).stream()
                    .filter(filter::admits).toList();
            if (!made.isEmpty()) {
                commitments.put(statement.id(), made);
            }
        }
        List<Report> reports = reports(context.values());
        return new BriefingScope(target, subject.label, subject.asOf, subject.person, subject.organisation,
                subject.topic, subject.event, subject.country, subject.people, meetings, theirs, ours,
                commitments, reports, topics);
    }

    /** The target record and its people. */
    private Subject subject(BriefingTarget target) {
        Subject s = new Subject();
        s.asOf = options.preparedOn();
        switch (target.kind()) {
            case PERSON:
                s.person = visible(store.people().findById(target.id()), target);
                s.people = List.of(s.person);
                lookup.known(s.person);
                break;
            case COUNTRY:
                s.country = target.countryCode();
                s.people = people(p -> target.countryCode().equals(p.countryCode()));
                break;
            case ORGANISATION:
                s.organisation = visible(store.organisations().findById(target.id()), target);
                s.people = people(p -> p.roles().stream().anyMatch(r -> target.id().equals(r.organisationId())));
                break;
            case TOPIC:
                s.topic = visible(store.topics().findById(target.id()), target);
                s.people = List.of();
                break;
            case EVENT:
                s.event = visible(store.events().findById(target.id()), target);
                s.asOf = s.event.startDate() == null ? s.asOf : s.event.startDate();
                s.people = s.event.participants().stream().filter(p -> !ours.includes(p))
                        .map(p -> lookup.person(p.personId())).flatMap(Optional::stream).distinct().toList();
                break;
            default:
                throw new IllegalArgumentException("unknown target kind " + target.kind());
        }
        s.label = s.country != null ? s.country : RecordLabels.label(Objects.requireNonNull(s.record()));
        return s;
    }

    private <T extends StoredRecord> T visible(Optional<T> record, BriefingTarget target) {
        T found = record.orElseThrow(() -> new UserFacingException("briefing.error.missingTarget", target.id()));
        if (!found.sensitivity().atMost(options.maxSensitivity())) {
            throw new UserFacingException("briefing.error.targetTooSensitive", RecordLabels.label(found));
        }
        return found;
    }

    private List<Person> people(Predicate<Person> belongs) {
        List<Person> people = store.people().findAll().stream().filter(belongs).filter(filter::admits)
                .sorted(Comparator.comparing(Person::familyName).thenComparing(Person::givenName)).toList();
        people.forEach(lookup::known);
        return people;
    }

    private List<Statement> theirStatements(Subject subject) {
        Map<UUID, Statement> found = new LinkedHashMap<>();
        if (subject.topic != null) {
            for (UUID topicId : lookup.withSubtopics(Set.of(subject.topic.id()))) {
                store.statements().findByTopic(topicId).stream().filter(s -> !ours.said(s))
                        .forEach(s -> found.putIfAbsent(s.id(), s));
            }
        } else {
            for (Person person : subject.people) {
                monitor.checkpoint();
                store.statements().findBySpeaker(person.id()).forEach(s -> found.putIfAbsent(s.id(), s));
            }
        }
        return found.values().stream().filter(this::keep).sorted(BY_DATE).toList();
    }

    /** Our side's words at their events, or on their topics. */
    private List<Statement> ourStatements(Collection<Event> events, Set<UUID> topics) {
        Map<UUID, Statement> found = new LinkedHashMap<>();
        for (Event event : events) {
            monitor.checkpoint();
            store.statements().findByEvent(event.id()).forEach(s -> found.putIfAbsent(s.id(), s));
        }
        for (UUID topicId : topics) {
            monitor.checkpoint();
            store.statements().findByTopic(topicId).forEach(s -> found.putIfAbsent(s.id(), s));
        }
        return found.values().stream().filter(ours::said).filter(this::keep).sorted(BY_DATE).toList();
    }

    private Set<UUID> involvedTopics(Subject subject, List<Event> events, List<Statement> theirs) {
        Set<UUID> topics = new LinkedHashSet<>();
        if (subject.topic != null) {
            topics.addAll(lookup.withSubtopics(Set.of(subject.topic.id())));
        }
        if (subject.event != null) {
            topics.addAll(subject.event.topicIds());
        }
        events.forEach(e -> topics.addAll(e.topicIds()));
        theirs.forEach(s -> topics.addAll(s.topicIds()));
        if (!topicFilter.isEmpty()) {
            topics.retainAll(topicFilter);
        }
        return topics;
    }

    /** Their events, the events those were part of (a bilateral on a summit's margins), and the target event. */
    private Map<UUID, Event> contextEvents(List<Event> events, Event subjectEvent) {
        Map<UUID, Event> context = new LinkedHashMap<>();
        if (subjectEvent != null) {
            context.put(subjectEvent.id(), subjectEvent);
        }
        for (Event event : events) {
            context.putIfAbsent(event.id(), event);
            lookup.event(event.parentId()).ifPresent(parent -> context.putIfAbsent(parent.id(), parent));
        }
        return context;
    }

    private List<Report> reports(Collection<Event> events) {
        List<Report> reports = new ArrayList<>();
        for (Event event : events) {
            monitor.checkpoint();
            store.reports().findByEvent(event.id()).stream()
                    .filter(r -> options.inRange(r.date()) && onChosenTopics(r.topicIds()) && filter.admits(r))
                    .forEach(reports::add);
        }
        reports.sort(Comparator.comparing(Report::date, DATES).reversed());
        return reports;
    }

    private boolean keep(Event e) {
        return options.inRange(e.startDate()) && onChosenTopics(e.topicIds()) && filter.admits(e);
    }

    private boolean keep(Statement s) {
        return options.inRange(s.date()) && onChosenTopics(s.topicIds()) && filter.admits(s);
    }

    private boolean onChosenTopics(List<UUID> topicIds) {
        return topicFilter.isEmpty() || topicIds.stream().anyMatch(topicFilter::contains);
    }


    private static List<Statement> concat(List<Statement> a, List<Statement> b) {
        List<Statement> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The target as found: one of person, organisation, topic, event or country is set. */
    private static final class Subject {
        Person person;
        Organisation organisation;
        Topic topic;
        Event event;
        String country;
        String label;
        LocalDate asOf;
        List<Person> people;

        StoredRecord record() {
            return person != null ? person : organisation != null ? organisation : topic != null ? topic : event;
        }
    }
}
