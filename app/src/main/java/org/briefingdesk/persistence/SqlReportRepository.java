package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.logic.store.ReportRepository;
import org.briefingdesk.model.FollowUp;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Report;

final class SqlReportRepository extends SqlRepository<Report> implements ReportRepository {
    private static final ChildRows.Query<FollowUp> FOLLOW_UPS = new ChildRows.Query<>("report_follow_up", "report_id",
            "position", r -> new FollowUp(r.getString("action"), Jdbc.date(r, "due_date"), r.getBoolean("done")));
    private static final ChildRows.Query<UUID> TOPICS = links("report_topic", "report_id", "topic_id");

    SqlReportRepository(SqlContext context) {
        super(context, "report", RecordKind.REPORT,
                List.of("event_id", "title", "author", "report_date", "body", "outcomes"));
    }

    @Override
    Object[] values(Report r) {
        return new Object[] {r.eventId(), r.title(), r.author(), r.date(), r.body(), r.outcomes()};
    }

    @Override
    Report map(ResultSet rs, RecordInfo info, ChildRows children) throws SQLException {
        UUID id = Jdbc.uuid(rs, "id");
        List<FollowUp> followUps = children.of(FOLLOW_UPS, id);
        List<UUID> topics = children.of(TOPICS, id);
        return new Report(id, Jdbc.uuid(rs, "event_id"), rs.getString("title"), rs.getString("author"),
                Jdbc.date(rs, "report_date"), rs.getString("body"), rs.getString("outcomes"), followUps, topics,
                info);
    }

    @Override
    public List<Report> findByEvent(UUID eventId) {
        return findWhere("event_id = ?", eventId);
    }

    @Override
    public List<Report> findByTopic(UUID topicId) {
        return findWhere("id IN (SELECT report_id FROM report_topic WHERE topic_id = ?)", topicId);
    }

    @Override
    void writeChildren(RowSink rows, Report r) throws SQLException {
        int position = 0;
        for (FollowUp f : r.followUps()) {
            rows.add("INSERT INTO report_follow_up(report_id, position, action, due_date, done)"
                    + " VALUES (?, ?, ?, ?, ?)", r.id(), position++, f.action(), f.dueDate(), f.done());
        }
        writeLinks(rows, "INSERT INTO report_topic(report_id, topic_id, position) VALUES (?, ?, ?)",
                r.id(), r.topicIds());
    }

    @Override
    void deleteChildren(Connection c, UUID id) throws SQLException {
        Jdbc.update(c, "DELETE FROM report_follow_up WHERE report_id = ?", id);
        Jdbc.update(c, "DELETE FROM report_topic WHERE report_id = ?", id);
    }
}
