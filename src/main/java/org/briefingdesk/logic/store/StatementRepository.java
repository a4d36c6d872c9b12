package org.briefingdesk.logic.store;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Statement;

public interface StatementRepository extends Repository<Statement> {
    List<Statement> findBySpeaker(UUID personId);

    List<Statement> findByEvent(UUID eventId);

    List<Statement> findByTopic(UUID topicId);
}
