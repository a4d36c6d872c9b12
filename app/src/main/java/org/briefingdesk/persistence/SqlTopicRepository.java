package org.briefingdesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.logic.store.TopicRepository;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Topic;

final class SqlTopicRepository extends SqlRepository<Topic> implements TopicRepository {
    SqlTopicRepository(SqlContext context) {
        super(context, "topic", RecordKind.TOPIC, List.of("name", "name_en", "parent_id", "description"));
    }

    @Override
    Object[] values(Topic t) {
        return new Object[] {t.name(), t.nameEn(), t.parentId(), t.description()};
    }

    @Override
    Topic map(ResultSet rs, RecordInfo info, ChildRows children) throws SQLException {
        return new Topic(Jdbc.uuid(rs, "id"), rs.getString("name"), rs.getString("name_en"),
                Jdbc.uuid(rs, "parent_id"), rs.getString("description"),
                info);
    }

    @Override
    public List<Topic> findChildren(UUID parentId) {
        return findWhere("parent_id = ?", parentId);
    }

    @Override
    void writeChildren(Connection c, Topic record) {
        // Subtopics are records of their own; nothing else hangs off a topic row.
    }

    @Override
    void deleteChildren(Connection c, UUID id) {
        // See writeChildren.
    }
}
