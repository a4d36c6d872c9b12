package org.briefingdesk.logic.store;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Topic;

public interface TopicRepository extends Repository<Topic> {
    List<Topic> findChildren(UUID parentId);
}
