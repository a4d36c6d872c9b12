package org.briefingdesk.logic.search;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Country;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.FollowUp;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Participation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatusChange;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;

/**
 * Builds each record's {@link SearchDocument} from the record and the records it links to, and
 * says which other records' documents mention a record (so that renaming a person re-indexes their
 * statements). Runs inside the store's transaction.
 */
public final class SearchDocuments {
    private final RecordStore store;
    private final Links links;

    /**
     * The records a document names, by id. The store by default; a writer of many records at once hands
     * in its own, which remembers the records it has just written instead of reading each again.
     */
    public interface Links {
        Optional<Person> person(UUID id);

        Optional<Event> event(UUID id);

        Optional<Organisation> organisation(UUID id);

        Optional<Statement> statement(UUID id);

        Optional<Topic> topic(UUID id);

        Optional<Country> country(String code);

        /** These links, but {@code record} as given, not as stored: for its entry built before its rows are sent. */
        default Links with(StoredRecord record) {
            Links stored = this;
            return new Links() {
                @Override
                public Optional<Person> person(UUID id) {
                    return given(record, Person.class, id, stored::person);
                }

                @Override
                public Optional<Event> event(UUID id) {
                    return given(record, Event.class, id, stored::event);
                }

                @Override
                public Optional<Organisation> organisation(UUID id) {
                    return given(record, Organisation.class, id, stored::organisation);
                }

                @Override
                public Optional<Statement> statement(UUID id) {
                    return given(record, Statement.class, id, stored::statement);
                }

                @Override
                public Optional<Topic> topic(UUID id) {
                    return given(record, Topic.class, id, stored::topic);
                }

                @Override
                public Optional<Country> country(String code) {
                    return stored.country(code);
                }
            };
        }

        /** {@code record} where it is the one of this kind and id asked for; otherwise the stored one. */
        private static <R extends StoredRecord> Optional<R> given(StoredRecord record, Class<R> kind, UUID id,
                                                                  Function<UUID, Optional<R>> stored) {
            return kind.isInstance(record) && record.id().equals(id) ? Optional.of(kind.cast(record))
                    : stored.apply(id);
        }

        /** Each link read from the store as it is asked for. */
        static Links of(RecordStore store) {
            return new Links() {
                @Override
                public Optional<Person> person(UUID id) {
                    return store.people().findById(id);
                }

                @Override
                public Optional<Event> event(UUID id) {
                    return store.events().findById(id);
                }

                @Override
                public Optional<Organisation> organisation(UUID id) {
                    return store.organisations().findById(id);
                }

                @Override
                public Optional<Statement> statement(UUID id) {
                    return store.statements().findById(id);
                }

                @Override
                public Optional<Topic> topic(UUID id) {
                    return store.topics().findById(id);
                }

                @Override
                public Optional<Country> country(String code) {
                    return store.countries().findByCode(code);
                }
            };
        }
    }

    public SearchDocuments(RecordStore store) {
        this(store, Links.of(store));
    }

    public SearchDocuments(RecordStore store, Links links) {
        this.store = store;
        this.links = links;
    }

    public SearchDocument build(StoredRecord record) {
        if (record instanceof Event e) {
            return event(e);
        } else if (record instanceof Person p) {
            return new SearchDocument(p.id(), p.recordKind(), join(p.honorific(), p.fullName()),
                    join(p.notes(), roles(p.roles())), personNames(p), country(p.countryCode()), "", "",
                    null, null, p.audit().updatedAt());
        } else if (record instanceof Organisation o) {
            return new SearchDocument(o.id(), o.recordKind(), join(o.name(), o.abbreviation()), o.notes(), "",
                    country(o.countryCode()), "", "", null, null, o.audit().updatedAt());
        } else if (record instanceof Report r) {
            return report(r);
        } else if (record instanceof Statement s) {
            return statement(s);
        } else if (record instanceof Commitment c) {
            return commitment(c);
        } else if (record instanceof Topic t) {
            return new SearchDocument(t.id(), t.recordKind(), join(t.name(), t.nameEn()), t.description(), "", "",
                    topicNames(List.of(t.id())), "", null, null,
                    t.audit().updatedAt());
        }
        throw new IllegalArgumentException("unknown record " + record);
    }

    private SearchDocument event(Event e) {
        List<Person> people = people(e.participants().stream().map(Participation::personId).toList());
        Set<String> countries = new LinkedHashSet<>();
        countries.add(e.countryCode());
        e.participants().forEach(p -> countries.add(p.onBehalfOfCountryCode()));
        people.forEach(p -> countries.add(p.countryCode()));
        String parent = Optional.ofNullable(e.parentId()).flatMap(links::event).map(Event::title)
                .orElse("");
        String organiser = Optional.ofNullable(e.organiserId()).flatMap(links::organisation)
                .map(o -> join(o.name(), o.abbreviation())).orElse("");
        return new SearchDocument(e.id(), e.recordKind(), e.title(), join(e.summary(), e.city(), organiser, e.notes()),
                people.stream().map(SearchDocuments::personNames).collect(Collectors.joining("\n")),
                countries(countries), topicNames(e.topicIds()), join(e.title(), parent), e.startDate(),
                e.endDate() != null ? e.endDate() : e.startDate(), e.audit().updatedAt());
    }

    private SearchDocument report(Report r) {
        Optional<Event> event = Optional.ofNullable(r.eventId()).flatMap(links::event);
        String followUps = r.followUps().stream().map(FollowUp::action).collect(Collectors.joining("\n"));
        String people = event.map(e -> people(e.participants().stream().map(Participation::personId).toList())
                .stream().map(SearchDocuments::personNames).collect(Collectors.joining("\n"))).orElse("");
        LocalDate date = r.date() != null ? r.date() : event.map(Event::startDate).orElse(null);
        return new SearchDocument(r.id(), r.recordKind(), r.title(),
                join(r.body(), r.outcomes(), followUps, r.author()),
                people, country(event.map(Event::countryCode).orElse(null)), topicNames(r.topicIds()),
                event.map(Event::title).orElse(""), date, date, r.audit().updatedAt());
    }

    private SearchDocument statement(Statement s) {
        Optional<Person> speaker = Optional.ofNullable(s.speakerId()).flatMap(links::person);
        Optional<Event> event = Optional.ofNullable(s.eventId()).flatMap(links::event);
        return new SearchDocument(s.id(), s.recordKind(), speaker.map(Person::fullName).orElse(""),
                join(s.text(), s.translation()), speaker.map(SearchDocuments::personNames).orElse(""),
                country(speaker.map(Person::countryCode).orElse(null)), topicNames(s.topicIds()),
                event.map(Event::title).orElse(""), s.date(), s.date(), s.audit().updatedAt());
    }

    private SearchDocument commitment(Commitment c) {
        Optional<Statement> statement = Optional.ofNullable(c.statementId()).flatMap(links::statement);
        Optional<Person> speaker = statement.map(Statement::speakerId).flatMap(links::person);
        Optional<Event> event = statement.map(Statement::eventId).flatMap(links::event);
        String history = c.history().stream().map(StatusChange::note).collect(Collectors.joining("\n"));
        LocalDate date = c.dueDate() != null ? c.dueDate() : statement.map(Statement::date).orElse(null);
        // Its own words, shortened, as its title: a hit reads "závazek · Schválit novelu…", not a bare kind.
        return new SearchDocument(c.id(), c.recordKind(), RecordLabels.label(c), join(c.text(), history),
                speaker.map(SearchDocuments::personNames).orElse(""),
                country(speaker.map(Person::countryCode).orElse(null)), topicNames(c.topicIds()),
                event.map(Event::title).orElse(""), date, date, c.audit().updatedAt());
    }

    /** The ids of records whose documents mention {@code record} and must be rebuilt with it. */
    public Set<UUID> dependents(StoredRecord record) {
        Set<UUID> out = new LinkedHashSet<>();
        UUID id = record.id();
        if (record instanceof Person) {
            store.events().findByParticipant(id).forEach(e -> {
                out.add(e.id());
                store.reports().findByEvent(e.id()).forEach(r -> out.add(r.id()));
            });
            statementsAndCommitments(store.statements().findBySpeaker(id), out);
        } else if (record instanceof Event) {
            store.events().findChildren(id).forEach(e -> out.add(e.id()));
            store.reports().findByEvent(id).forEach(r -> out.add(r.id()));
            statementsAndCommitments(store.statements().findByEvent(id), out);
        } else if (record instanceof Organisation) {
            store.events().findAll().stream().filter(e -> id.equals(e.organiserId())).forEach(e -> out.add(e.id()));
        } else if (record instanceof Statement) {
            store.commitments().findByStatement(id).forEach(c -> out.add(c.id()));
        } else if (record instanceof Topic) {
            // Records tagged with the topic or any topic below it carry its name.
            Set<UUID> topics = new LinkedHashSet<>(List.of(id));
            Deque<UUID> open = new ArrayDeque<>(topics);
            while (!open.isEmpty()) {
                store.topics().findChildren(open.pop()).forEach(t -> {
                    if (topics.add(t.id())) {
                        open.push(t.id());
                    }
                });
            }
            out.addAll(topics);
            for (UUID topic : topics) {
                store.events().findByTopic(topic).forEach(e -> out.add(e.id()));
                store.statements().findByTopic(topic).forEach(s -> out.add(s.id()));
            }
            store.reports().findAll().stream().filter(r -> r.topicIds().stream().anyMatch(topics::contains))
                    .forEach(r -> out.add(r.id()));
            store.commitments().findAll().stream().filter(c -> c.topicIds().stream().anyMatch(topics::contains))
                    .forEach(c -> out.add(c.id()));
        }
        out.remove(id);
        return out;
    }

    private void statementsAndCommitments(List<Statement> statements, Set<UUID> out) {
        for (Statement s : statements) {
            out.add(s.id());
            store.commitments().findByStatement(s.id()).forEach(c -> out.add(c.id()));
        }
    }

    private List<Person> people(Collection<UUID> ids) {
        return ids.stream().map(links::person).flatMap(Optional::stream).toList();
    }

    static String personNames(Person p) {
        List<String> names = new ArrayList<>();
        names.add(p.fullName());
        names.addAll(p.aliases());
        return String.join("\n", names);
    }

    private String roles(List<Role> roles) {
        return roles.stream().map(r -> join(r.title(), Optional.ofNullable(r.organisationId())
                .flatMap(links::organisation).map(Organisation::name).orElse("")))
                .collect(Collectors.joining("\n"));
    }

    private String country(String code) {
        return code == null ? "" : countries(List.of(code));
    }

    /** Each country as its code and its Czech and English names. */
    private String countries(Collection<String> codes) {
        return codes.stream().filter(Objects::nonNull).distinct()
                .map(code -> links.country(code).map(c -> join(c.code(), c.nameCs(), c.nameEn()))
                        .orElse(code))
                .collect(Collectors.joining("\n"));
    }

    /**
     * Each topic's names and those of the topics above it: a record tagged "návraty" is about "migrace"
     * too, so that {@code téma:migrace} finds it.
     */
    private String topicNames(Collection<UUID> ids) {
        Set<UUID> seen = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (UUID id : ids) {
            // The seen set ends a cycle of parents, which the forms refuse but an old file might hold.
            for (Optional<Topic> t = links.topic(id); t.isPresent() && seen.add(t.get().id());
                 t = Optional.ofNullable(t.get().parentId()).flatMap(links::topic)) {
                names.add(join(t.get().name(), t.get().nameEn()));
            }
        }
        return String.join("\n", names);
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining("\n"));
    }
}
