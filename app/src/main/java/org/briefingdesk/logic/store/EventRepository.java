package org.briefingdesk.logic.store;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Event;

public interface EventRepository extends Repository<Event> {
    List<Event> findChildren(UUID parentId);

    List<Event> findByParticipant(UUID personId);

    List<Event> findByTopic(UUID topicId);
}
