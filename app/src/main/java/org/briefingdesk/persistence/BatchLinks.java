package org.briefingdesk.persistence;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.briefingdesk.logic.search.SearchDocuments;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Country;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;

/**
 * The names a batch's search documents need, remembered for one transaction: the records just written and those
 * read once from the store. A statement's document names its speaker and event, so 100,000 statements need 20,000
 * people read once, not 200,000 times. Statements (only commitments ask for them) are kept for the most recent few.
 */
final class BatchLinks implements SearchDocuments.Links {
    private static final int STATEMENTS_KEPT = 5_000;

    private final RecordStore store;
    private final Map<UUID, Optional<Person>> people = new HashMap<>();
    private final Map<UUID, Optional<Event>> events = new HashMap<>();
    private final Map<UUID, Optional<Organisation>> organisations = new HashMap<>();
    private final Map<UUID, Optional<Topic>> topics = new HashMap<>();
    private final Map<UUID, Optional<Statement>> statements = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Optional<Statement>> eldest) {
            return size() > STATEMENTS_KEPT;
        }
    };
    private Map<String, Country> countries;

    BatchLinks(RecordStore store) {
        this.store = store;
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
