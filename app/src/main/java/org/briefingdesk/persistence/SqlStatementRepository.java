package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.logic.store.StatementRepository;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatementKind;
import org.briefingdesk.model.StatementSummary;

final class SqlStatementRepository extends SqlRepository<Statement> implements StatementRepository {
    private static final ChildRows.Query<UUID> TOPICS = links("statement_topic", "statement_id", "topic_id");
    private static final String BY_TOPIC = "id IN (SELECT statement_id FROM statement_topic WHERE topic_id = ?)";

    SqlStatementRepository(SqlContext context) {
        super(context, "statement", RecordKind.STATEMENT,
                List.of("speaker_id", "statement_date", "event_id", "text", "language", "translation", "kind"));
    }

    @Override
    Object[] values(Statement s) {
        return new Object[] {s.speakerId(), s.date(), s.eventId(), s.text(), s.language(), s.translation(), s.kind()};
    }

    @Override
    Statement map(ResultSet rs, RecordInfo info, ChildRows children) throws SQLException {
        UUID id = Jdbc.uuid(rs, "id");
        List<UUID> topics = children.of(TOPICS, id);
        return new Statement(id, Jdbc.uuid(rs, "speaker_id"), Jdbc.date(rs, "statement_date"),
                Jdbc.uuid(rs, "event_id"), rs.getString("text"), rs.getString("language"), rs.getString("translation"),
                Jdbc.enumValue(rs, "kind", StatementKind.class), topics,
                info);
    }

    @Override
    public List<Statement> findBySpeaker(UUID personId) {
        return findWhere("speaker_id = ?", personId);
    }

    @Override
    public List<Statement> findByEvent(UUID eventId) {
        return findWhere("event_id = ?", eventId);
    }

    @Override
    public List<Statement> findByTopic(UUID topicId) {
        return findWhere(BY_TOPIC, topicId);
    }

    @Override
    public List<Statement> findLatestByTopic(UUID topicId, int offset, int limit) {
        return findWindowWhere(BY_TOPIC, "statement_date IS NULL, statement_date DESC, id", offset, limit, topicId);
    }

    @Override
    public long countByTopic(UUID topicId) {
        return countWhere(BY_TOPIC, topicId);
    }

    @Override
    public List<StatementSummary> summaries() {
        return db.read(c -> Jdbc.query(c, "SELECT id, speaker_id, statement_date, kind,"
                + " substr(text, 1, ?) AS text_start"
                + " FROM statement", rs -> new StatementSummary(Jdbc.uuid(rs, "id"), Jdbc.uuid(rs, "speaker_id"),
                        Jdbc.date(rs, "statement_date"), Jdbc.enumValue(rs, "kind", StatementKind.class),
                        rs.getString("text_start")), StatementSummary.TEXT_START))
                .stream().filter(summary -> summary.id() != null).toList();
    }

    @Override
    void writeChildren(RowSink rows, Statement s) throws SQLException {
        writeLinks(rows, "INSERT INTO statement_topic(statement_id, topic_id, position) VALUES (?, ?, ?)",
                s.id(), s.topicIds());
    }

    @Override
    void deleteChildren(Connection c, UUID id) throws SQLException {
        Jdbc.update(c, "DELETE FROM statement_topic WHERE statement_id = ?", id);
    }
}
