package org.briefingdesk.logic.store;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Report;

public interface ReportRepository extends Repository<Report> {
    List<Report> findByEvent(UUID eventId);

    List<Report> findByTopic(UUID topicId);
}
