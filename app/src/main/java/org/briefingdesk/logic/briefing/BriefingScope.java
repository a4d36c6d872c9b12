package org.briefingdesk.logic.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.Topic;

/**
 * Everything a pack is made of, already filtered by dates, topics and sensitivity: the result of the
 * queries, before any wording. {@code subject*} holds the target itself when it is not a person.
 *
 * @param asOf            the date roles are given for: the event's date, or the day of preparation
 * @param counterparts    the people on the other side: the person, the country's or organisation's
 *                        people, the event's participants who are not ours
 * @param meetings        events where they met our side, most recent first
 * @param theirStatements what they said, oldest first
 * @param ourStatements   what our side said at their events or on their topics, oldest first
 * @param commitments     the commitments made in those statements, by statement id
 * @param reports         the reports of the meetings and of the events they were part of
 * @param topicIds        the topics involved
 */
record BriefingScope(BriefingTarget target, String targetLabel, LocalDate asOf,
                     Person subjectPerson, Organisation subjectOrganisation, Topic subjectTopic, Event subjectEvent,
                     String subjectCountry, List<Person> counterparts, List<Event> meetings,
                     List<Statement> theirStatements, List<Statement> ourStatements,
                     Map<UUID, List<Commitment>> commitments, List<Report> reports, Set<UUID> topicIds) {

    List<Commitment> commitmentsOf(Statement statement) {
        return commitments.getOrDefault(statement.id(), List.of());
    }
}
