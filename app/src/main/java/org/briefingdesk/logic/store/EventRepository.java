package org.briefingdesk.logic.store;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Event;

public interface EventRepository extends Repository<Event> {
    List<Event> findChildren(UUID parentId);

    List<Event> findByParticipant(UUID personId);

    List<Event> findByTopic(UUID topicId);

    List<Event> findByOrganiser(UUID organisationId);

    /** The topic's events latest first, undated ones last, {@code limit} of them from {@code offset}. */
    List<Event> findLatestByTopic(UUID topicId, int offset, int limit);

    long countByTopic(UUID topicId);

    /**
     * The {@code count} events starting soonest on or after {@code day} (fewer where there are fewer), and every
     * other event starting on the last of their dates: the caller orders those of one day among themselves.
     */
    List<Event> findSoonestFrom(LocalDate day, int count);

    /**
     * The {@code count} events that started last before {@code day}, with every other event of the earliest of their
     * dates; where there are fewer, the events without a start date as well.
     */
    List<Event> findLatestBefore(LocalDate day, int count);
}
