package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.briefingdesk.logic.store.EventRepository;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.EventKind;
import org.briefingdesk.model.Participation;
import org.briefingdesk.model.ParticipationRole;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;

final class SqlEventRepository extends SqlRepository<Event> implements EventRepository {
    private static final String BY_TOPIC = "id IN (SELECT event_id FROM event_topic WHERE topic_id = ?)";
    private static final ChildRows.Query<Participation> PARTICIPANTS = new ChildRows.Query<>("participation",
            "event_id", "position", r -> new Participation(Jdbc.uuid(r, "person_id"),
                    Jdbc.enumValue(r, "role", ParticipationRole.class), Jdbc.uuid(r, "on_behalf_of_organisation"),
                    r.getString("on_behalf_of_country")));
    private static final ChildRows.Query<UUID> TOPICS = links("event_topic", "event_id", "topic_id");

    SqlEventRepository(SqlContext context) {
        super(context, "event", RecordKind.EVENT, List.of("kind", "title", "start_date", "end_date", "city",
                "country_code", "organiser_id", "participating_countries", "summary", "parent_id", "notes"));
    }

    @Override
    Object[] values(Event e) {
        return new Object[] {e.kind(), e.title(), e.startDate(), e.endDate(), e.city(), e.countryCode(),
            e.organiserId(), e.participatingCountries(), e.summary(), e.parentId(), e.notes()};
    }

    @Override
    Event map(ResultSet rs, RecordInfo info, ChildRows children) throws SQLException {
        UUID id = Jdbc.uuid(rs, "id");
        List<Participation> participants = children.of(PARTICIPANTS, id);
        List<UUID> topics = children.of(TOPICS, id);
        return new Event(id, Jdbc.enumValue(rs, "kind", EventKind.class), rs.getString("title"),
                Jdbc.date(rs, "start_date"), Jdbc.date(rs, "end_date"), rs.getString("city"),
                rs.getString("country_code"), Jdbc.uuid(rs, "organiser_id"),
                Jdbc.integer(rs, "participating_countries"),
                rs.getString("summary"), Jdbc.uuid(rs, "parent_id"), participants, topics, rs.getString("notes"),
                info);
    }

    @Override
    public List<Event> findChildren(UUID parentId) {
        return findWhere("parent_id = ?", parentId);
    }

    @Override
    public List<Event> findByParticipant(UUID personId) {
        return findWhere("id IN (SELECT event_id FROM participation WHERE person_id = ?)", personId);
    }

    @Override
    public List<Event> findByTopic(UUID topicId) {
        return findWhere(BY_TOPIC, topicId);
    }

    @Override
    public List<Event> findByOrganiser(UUID organisationId) {
        return findWhere("organiser_id = ?", organisationId);
    }

    @Override
    public List<Event> findLatestByTopic(UUID topicId, int offset, int limit) {
        return findWindowWhere(BY_TOPIC, "start_date IS NULL, start_date DESC, id", offset, limit, topicId);
    }

    @Override
    public long countByTopic(UUID topicId) {
        return countWhere(BY_TOPIC, topicId);
    }

    @Override
    public List<Event> findSoonestFrom(LocalDate day, int count) {
        Optional<String> last = db.read(c -> Jdbc.queryOne(c,
                "SELECT start_date FROM event WHERE start_date >= ? ORDER BY start_date LIMIT 1 OFFSET ?",
                rs -> rs.getString(1), day, Math.max(0, count - 1)));
        return last.isPresent() ? findWhere("start_date >= ? AND start_date <= ?", day, last.get())
                : findWhere("start_date >= ?", day);
    }

    @Override
    public List<Event> findLatestBefore(LocalDate day, int count) {
        Optional<String> earliest = db.read(c -> Jdbc.queryOne(c,
                "SELECT start_date FROM event WHERE start_date < ? ORDER BY start_date DESC LIMIT 1 OFFSET ?",
                rs -> rs.getString(1), day, Math.max(0, count - 1)));
        if (earliest.isPresent()) {
            return findWhere("start_date < ? AND start_date >= ?", day, earliest.get());
        }
        return findWhere("start_date < ? OR start_date IS NULL", day);
    }

    @Override
    void writeChildren(RowSink rows, Event e) throws SQLException {
        int position = 0;
        for (Participation p : e.participants()) {
            rows.add("INSERT INTO participation(event_id, person_id, position, role, on_behalf_of_organisation,"
                    + " on_behalf_of_country) VALUES (?, ?, ?, ?, ?, ?)", e.id(), p.personId(), position++, p.role(),
                    p.onBehalfOfOrganisationId(), p.onBehalfOfCountryCode());
        }
        writeLinks(rows, "INSERT INTO event_topic(event_id, topic_id, position) VALUES (?, ?, ?)",
                e.id(), e.topicIds());
    }

    @Override
    void deleteChildren(Connection c, UUID id) throws SQLException {
        Jdbc.update(c, "DELETE FROM participation WHERE event_id = ?", id);
        Jdbc.update(c, "DELETE FROM event_topic WHERE event_id = ?", id);
    }
}
