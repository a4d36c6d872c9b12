package org.briefingdesk.logic.store;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatementSummary;

public interface StatementRepository extends Repository<Statement> {
    List<Statement> findBySpeaker(UUID personId);

    List<Statement> findByEvent(UUID eventId);

    List<Statement> findByTopic(UUID topicId);

    /**
     * The topic's statements newest first, undated ones last, {@code limit} of them from {@code offset}: a topic of a
     * decade has tens of thousands.
     */
    List<Statement> findLatestByTopic(UUID topicId, int offset, int limit);

    long countByTopic(UUID topicId);

    /** Every statement as its table row needs it, without reading the whole record. */
    List<StatementSummary> summaries();
}
