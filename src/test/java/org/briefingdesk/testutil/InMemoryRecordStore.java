package org.briefingdesk.testutil;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.briefingdesk.logic.CountryCatalog;
import org.briefingdesk.logic.store.ChangeHistoryRepository;
import org.briefingdesk.logic.store.CommitmentRepository;
import org.briefingdesk.logic.store.CountryRepository;
import org.briefingdesk.logic.store.EventRepository;
import org.briefingdesk.logic.store.OrganisationRepository;
import org.briefingdesk.logic.store.PersonRepository;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.ReportRepository;
import org.briefingdesk.logic.store.Repository;
import org.briefingdesk.logic.store.StatementRepository;
import org.briefingdesk.logic.store.TopicRepository;
import org.briefingdesk.model.ChangeEntry;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Country;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;

/**
 * A RecordStore kept in maps, for logic tests that need no database. It keeps records as given
 * (audit fields untouched) and writes a change-history line per save and delete.
 */
public final class InMemoryRecordStore implements RecordStore {
    private final List<ChangeEntry> history = new ArrayList<>();
    private final Events events = new Events();
    private final People people = new People();
    private final Organisations organisations = new Organisations();
    private final Reports reports = new Reports();
    private final Statements statements = new Statements();
    private final Commitments commitments = new Commitments();
    private final Topics topics = new Topics();
    private final List<Country> countries = CountryCatalog.all();

    private class MapRepository<T extends StoredRecord> implements Repository<T> {
        final Map<UUID, T> rows = new LinkedHashMap<>();

        @Override
        public Optional<T> findById(UUID id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public List<T> findAll() {
            return List.copyOf(rows.values());
        }

        @Override
        public T save(T record) {
            T old = rows.put(record.id(), record);
            history.add(new ChangeEntry(history.size() + 1, record.id(), record.recordKind(),
                    old == null ? ChangeEntry.Action.CREATE : ChangeEntry.Action.UPDATE, Instant.now(), "test",
                    List.of()));
            return record;
        }

        @Override
        public boolean delete(UUID id) {
            T old = rows.remove(id);
            if (old != null) {
                history.add(new ChangeEntry(history.size() + 1, id, old.recordKind(), ChangeEntry.Action.DELETE,
                        Instant.now(), "test", List.of()));
            }
            return old != null;
        }

        @Override
        public long count() {
            return rows.size();
        }

        List<T> where(Predicate<T> condition) {
            return rows.values().stream().filter(condition).toList();
        }
    }

    private final class Events extends MapRepository<Event> implements EventRepository {
        @Override
        public List<Event> findChildren(UUID parentId) {
            return where(e -> parentId.equals(e.parentId()));
        }

        @Override
        public List<Event> findByParticipant(UUID personId) {
            return where(e -> e.participants().stream().anyMatch(p -> personId.equals(p.personId())));
        }

        @Override
        public List<Event> findByTopic(UUID topicId) {
            return where(e -> e.topicIds().contains(topicId));
        }
    }

    private final class People extends MapRepository<Person> implements PersonRepository {
    }

    private final class Organisations extends MapRepository<Organisation> implements OrganisationRepository {
    }

    private final class Reports extends MapRepository<Report> implements ReportRepository {
        @Override
        public List<Report> findByEvent(UUID eventId) {
            return where(r -> eventId.equals(r.eventId()));
        }
    }

    private final class Statements extends MapRepository<Statement> implements StatementRepository {
        @Override
        public List<Statement> findBySpeaker(UUID personId) {
            return where(s -> personId.equals(s.speakerId()));
        }

        @Override
        public List<Statement> findByEvent(UUID eventId) {
            return where(s -> eventId.equals(s.eventId()));
        }

        @Override
        public List<Statement> findByTopic(UUID topicId) {
            return where(s -> s.topicIds().contains(topicId));
        }
    }

    private final class Commitments extends MapRepository<Commitment> implements CommitmentRepository {
        @Override
        public List<Commitment> findByStatement(UUID statementId) {
            return where(c -> statementId.equals(c.statementId()));
        }
    }

    private final class Topics extends MapRepository<Topic> implements TopicRepository {
        @Override
        public List<Topic> findChildren(UUID parentId) {
            return where(t -> parentId.equals(t.parentId()));
        }
    }

    @Override
    public EventRepository events() {
        return events;
    }

    @Override
    public PersonRepository people() {
        return people;
    }

    @Override
    public OrganisationRepository organisations() {
        return organisations;
    }

    @Override
    public ReportRepository reports() {
        return reports;
    }

    @Override
    public StatementRepository statements() {
        return statements;
    }

    @Override
    public CommitmentRepository commitments() {
        return commitments;
    }

    @Override
    public TopicRepository topics() {
        return topics;
    }

    @Override
    public CountryRepository countries() {
        return new CountryRepository() {
            @Override
            public List<Country> findAll() {
                return countries;
            }

            @Override
            public Optional<Country> findByCode(String code) {
                return countries.stream().filter(c -> c.code().equalsIgnoreCase(code)).findFirst();
            }
        };
    }

    @Override
    public ChangeHistoryRepository history() {
        return new ChangeHistoryRepository() {
            @Override
            public List<ChangeEntry> findByRecord(UUID recordId) {
                return history.stream().filter(h -> h.recordId().equals(recordId)).toList();
            }

            @Override
            public List<ChangeEntry> findRecent(int limit) {
                List<ChangeEntry> newestFirst = new ArrayList<>(history);
                java.util.Collections.reverse(newestFirst);
                return newestFirst.stream().limit(limit).toList();
            }
        };
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    public Optional<RecordKind> kindOf(UUID id) {
        return allRepositories().stream().flatMap(r -> r.findById(id).stream()).map(StoredRecord::recordKind)
                .findFirst();
    }

    @Override
    public Map<RecordKind, Long> counts() {
        Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
        Function<MapRepository<?>, Long> size = r -> (long) r.rows.size();
        counts.put(RecordKind.EVENT, size.apply(events));
        counts.put(RecordKind.REPORT, size.apply(reports));
        counts.put(RecordKind.PERSON, size.apply(people));
        counts.put(RecordKind.ORGANISATION, size.apply(organisations));
        counts.put(RecordKind.STATEMENT, size.apply(statements));
        counts.put(RecordKind.COMMITMENT, size.apply(commitments));
        counts.put(RecordKind.TOPIC, size.apply(topics));
        return counts;
    }

    private List<MapRepository<?>> allRepositories() {
        return List.of(events, people, organisations, reports, statements, commitments, topics);
    }

    @Override
    public Path location() {
        return Path.of("in-memory");
    }

    @Override
    public void close() {
        // nothing to release
    }
}
