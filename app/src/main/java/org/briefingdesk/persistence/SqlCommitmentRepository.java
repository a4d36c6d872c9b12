package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.logic.store.CommitmentRepository;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.CommitmentStatus;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StatusChange;

final class SqlCommitmentRepository extends SqlRepository<Commitment> implements CommitmentRepository {
    private static final ChildRows.Query<StatusChange> HISTORY = new ChildRows.Query<>("commitment_status",
            "commitment_id", "position", r -> new StatusChange(Jdbc.date(r, "change_date"),
                    Jdbc.enumValue(r, "status", CommitmentStatus.class), r.getString("note")));
    private static final ChildRows.Query<UUID> TOPICS = links("commitment_topic", "commitment_id", "topic_id");

    SqlCommitmentRepository(SqlContext context) {
        super(context, "commitment", RecordKind.COMMITMENT, List.of("statement_id", "text", "status", "due_date"));
    }

    @Override
    Object[] values(Commitment c) {
        return new Object[] {c.statementId(), c.text(), c.status(), c.dueDate()};
    }

    @Override
    Commitment map(ResultSet rs, RecordInfo info, ChildRows children) throws SQLException {
        UUID id = Jdbc.uuid(rs, "id");
        List<StatusChange> history = children.of(HISTORY, id);
        List<UUID> topics = children.of(TOPICS, id);
        return new Commitment(id, Jdbc.uuid(rs, "statement_id"), rs.getString("text"),
                Jdbc.enumValue(rs, "status", CommitmentStatus.class), Jdbc.date(rs, "due_date"), history, topics,
                info);
    }

    @Override
    public List<Commitment> findByTopic(UUID topicId) {
        return findWhere("id IN (SELECT commitment_id FROM commitment_topic WHERE topic_id = ?)", topicId);
    }

    @Override
    public List<Commitment> findByStatement(UUID statementId) {
        return findWhere("statement_id = ?", statementId);
    }

    @Override
    public List<Commitment> findPendingByDueDate(int limit) {
        return findWhere("status IN (?, ?) ORDER BY due_date IS NULL, due_date, id LIMIT ?",
                CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS, limit);
    }

    @Override
    void writeChildren(RowSink rows, Commitment commitment) throws SQLException {
        int position = 0;
        for (StatusChange change : commitment.history()) {
            rows.add("INSERT INTO commitment_status(commitment_id, position, change_date, status, note)"
                    + " VALUES (?, ?, ?, ?, ?)", commitment.id(), position++, change.date(), change.status(),
                    change.note());
        }
        writeLinks(rows, "INSERT INTO commitment_topic(commitment_id, topic_id, position) VALUES (?, ?, ?)",
                commitment.id(), commitment.topicIds());
    }

    @Override
    void deleteChildren(Connection c, UUID id) throws SQLException {
        Jdbc.update(c, "DELETE FROM commitment_status WHERE commitment_id = ?", id);
        Jdbc.update(c, "DELETE FROM commitment_topic WHERE commitment_id = ?", id);
    }
}
