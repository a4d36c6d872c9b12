package org.briefingdesk.logic.briefing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Topic;

/**
 * The records a pack refers to by id (people, organisations, topics, parent events), each read once
 * and passed through the sensitivity filter: a record above it is simply not there.
 */
final class RecordLookup {
    private final RecordStore store;
    private final SensitivityFilter filter;
    private final Map<UUID, Optional<Person>> people = new HashMap<>();
    private final Map<UUID, Optional<Organisation>> organisations = new HashMap<>();
    private final Map<UUID, Optional<Event>> events = new HashMap<>();
    private Map<UUID, Topic> topics;

    RecordLookup(RecordStore store, SensitivityFilter filter) {
        this.store = store;
        this.filter = filter;
    }

    Optional<Person> person(UUID id) {
        return id == null ? Optional.empty()
                : people.computeIfAbsent(id, k -> store.people().findById(k).filter(filter::admits));
    }

    /** Remembers a person already read (a counterpart found by a list query). */
    void known(Person person) {
        people.putIfAbsent(person.id(), Optional.of(person));
    }

    Optional<Organisation> organisation(UUID id) {
        return id == null ? Optional.empty()
                : organisations.computeIfAbsent(id, k -> store.organisations().findById(k).filter(filter::admits));
    }

    Optional<Event> event(UUID id) {
        return id == null ? Optional.empty()
                : events.computeIfAbsent(id, k -> store.events().findById(k).filter(filter::admits));
    }

    Optional<Topic> topic(UUID id) {
        Topic topic = allTopics().get(id);
        return topic != null && filter.admits(topic) ? Optional.of(topic) : Optional.empty();
    }

    /** The topics with these ids and all their sub-topics, at any depth. */
    Set<UUID> withSubtopics(Set<UUID> roots) {
        Map<UUID, List<UUID>> children = new HashMap<>();
        allTopics().values().forEach(t -> {
            if (t.parentId() != null) {
                children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t.id());
            }
        });
        Set<UUID> result = new HashSet<>();
        List<UUID> todo = new ArrayList<>(roots);
        while (!todo.isEmpty()) {
            UUID id = todo.remove(todo.size() - 1);
            if (result.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return result;
    }

    private Map<UUID, Topic> allTopics() {
        if (topics == null) {
            topics = new HashMap<>();
            store.topics().findAll().forEach(t -> topics.put(t.id(), t));
        }
        return topics;
    }
}
