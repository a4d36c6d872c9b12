package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.briefingdesk.logic.search.SearchDocuments;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Country;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Participation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;

/**
 * The names a batch's search documents need, remembered while the batch writer goes on (one transaction, or the
 * transactions that follow each other with no other writer between them): the records just written, and those
 * read from the store in bulk before a batch's documents are built ({@link #prefetch}), a few queries per batch
 * rather than several per record. Each kind keeps the most recently used records up to a bound.
 */
final class BatchLinks implements SearchDocuments.Links {
    /** Statements: only commitments ask for them. */
    private static final int STATEMENTS_KEPT = 10_000;
    /** People, events, organisations and topics: every record a scale-1 corpus names stays known. */
    private static final int NAMED_KEPT = 50_000;

    private final RecordStore store;
    private final Map<RecordKind, SqlRepository<? extends StoredRecord>> repositories;
    private final Map<UUID, Optional<Person>> people = recentlyUsed(NAMED_KEPT);
    private final Map<UUID, Optional<Event>> events = recentlyUsed(NAMED_KEPT);
    private final Map<UUID, Optional<Organisation>> organisations = recentlyUsed(NAMED_KEPT);
    private final Map<UUID, Optional<Topic>> topics = recentlyUsed(NAMED_KEPT);
    private final Map<UUID, Optional<Statement>> statements = recentlyUsed(STATEMENTS_KEPT);
    private Map<String, Country> countries;

    BatchLinks(RecordStore store, Map<RecordKind, SqlRepository<? extends StoredRecord>> repositories) {
        this.store = store;
        this.repositories = repositories;
    }

    private static <T> Map<UUID, Optional<T>> recentlyUsed(int kept) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Optional<T>> eldest) {
                return size() > kept;
            }
        };
    }

    /** A record as just written: documents built after it see this version. */
    void remember(StoredRecord record) {
        if (record instanceof Person p) {
            people.put(p.id(), Optional.of(p));
        } else if (record instanceof Event e) {
            events.put(e.id(), Optional.of(e));
        } else if (record instanceof Organisation o) {
            organisations.put(o.id(), Optional.of(o));
        } else if (record instanceof Topic t) {
            topics.put(t.id(), Optional.of(t));
        } else if (record instanceof Statement s) {
            statements.put(s.id(), Optional.of(s));
        }
    }

    /** A record deleted in this transaction is not there any more. */
    void forget(UUID id) {
        people.remove(id);
        events.remove(id);
        organisations.remove(id);
        topics.remove(id);
        statements.remove(id);
    }

    /**
     * Reads in bulk what the documents of {@code records} will ask for and is not known yet: first what they name
     * (speakers, events, statements, organisations, topics), then what those name in turn where a document shows it
     * (a commitment's statement's speaker and event, a report's event's participants; a statement shows only its
     * event's title, so the participants of the events statements name are not read).
     */
    void prefetch(Connection c, Collection<? extends StoredRecord> records) throws SQLException {
        Wanted first = new Wanted();
        records.forEach(first::namedBy);
        first.read(c);
        Wanted second = new Wanted();
        for (StoredRecord r : records) {
            if (r instanceof Report report && report.eventId() != null) {
                events.getOrDefault(report.eventId(), Optional.empty())
                        .ifPresent(e -> e.participants().forEach(p -> second.person(p.personId())));
            } else if (r instanceof Commitment commitment && commitment.statementId() != null) {
                Optional<Statement> s = statements.getOrDefault(commitment.statementId(), Optional.empty());
                s.ifPresent(st -> {
                    second.person(st.speakerId());
                    second.event(st.eventId());
                });
            }
        }
        second.read(c);
    }

    /** The ids a batch's documents will ask for that are not known yet, per kind. */
    private final class Wanted {
        private final Map<RecordKind, Set<UUID>> ids = new HashMap<>();

        void namedBy(StoredRecord record) {
            if (record instanceof Person p) {
                p.roles().stream().map(Role::organisationId).forEach(this::organisation);
            } else if (record instanceof Topic t) {
                topic(t.parentId());
            } else if (record instanceof Event e) {
                e.participants().stream().map(Participation::personId).forEach(this::person);
                event(e.parentId());
                organisation(e.organiserId());
                e.topicIds().forEach(this::topic);
            } else if (record instanceof Report r) {
                event(r.eventId());
                r.topicIds().forEach(this::topic);
            } else if (record instanceof Statement s) {
                person(s.speakerId());
                event(s.eventId());
                s.topicIds().forEach(this::topic);
            } else if (record instanceof Commitment c) {
                statement(c.statementId());
                c.topicIds().forEach(this::topic);
            }
        }

        void person(UUID id) {
            want(RecordKind.PERSON, id, people);
        }

        void event(UUID id) {
            want(RecordKind.EVENT, id, events);
        }

        void organisation(UUID id) {
            want(RecordKind.ORGANISATION, id, organisations);
        }

        void topic(UUID id) {
            want(RecordKind.TOPIC, id, topics);
        }

        void statement(UUID id) {
            want(RecordKind.STATEMENT, id, statements);
        }

        private void want(RecordKind kind, UUID id, Map<UUID, ?> known) {
            if (id != null && !known.containsKey(id)) {
                ids.computeIfAbsent(kind, k -> new HashSet<>()).add(id);
            }
        }

        /** Reads what is wanted; an id with no record is remembered as missing. */
        void read(Connection c) throws SQLException {
            for (Map.Entry<RecordKind, Set<UUID>> wanted : ids.entrySet()) {
                Map<UUID, ? extends StoredRecord> found = repositories.get(wanted.getKey()).findByIds(c,
                        wanted.getValue());
                for (UUID id : wanted.getValue()) {
                    StoredRecord record = found.get(id);
                    if (record != null) {
                        remember(record);
                    } else {
                        missing(wanted.getKey(), id);
                    }
                }
            }
        }
    }

    private void missing(RecordKind kind, UUID id) {
        switch (kind) {
            case PERSON -> people.put(id, Optional.empty());
            case EVENT -> events.put(id, Optional.empty());
            case ORGANISATION -> organisations.put(id, Optional.empty());
            case TOPIC -> topics.put(id, Optional.empty());
            case STATEMENT -> statements.put(id, Optional.empty());
            default -> {
                // documents never name records of the other kinds
            }
        }
    }

    private static <T> Optional<T> cached(Map<UUID, Optional<T>> cache, UUID id, Function<UUID, Optional<T>> read) {
        Optional<T> known = cache.get(id);
        if (known == null) {
            known = read.apply(id);
            cache.put(id, known);
        }
        return known;
    }

    @Override
    public Optional<Person> person(UUID id) {
        return cached(people, id, store.people()::findById);
    }

    @Override
    public Optional<Event> event(UUID id) {
        return cached(events, id, store.events()::findById);
    }

    @Override
    public Optional<Organisation> organisation(UUID id) {
        return cached(organisations, id, store.organisations()::findById);
    }

    @Override
    public Optional<Statement> statement(UUID id) {
        return cached(statements, id, store.statements()::findById);
    }

    @Override
    public Optional<Topic> topic(UUID id) {
        return cached(topics, id, store.topics()::findById);
    }

    @Override
    public Optional<Country> country(String code) {
        if (countries == null) {
            countries = new HashMap<>();
            store.countries().findAll().forEach(c -> countries.put(c.code(), c));
        }
        return Optional.ofNullable(countries.get(code));
    }
}
