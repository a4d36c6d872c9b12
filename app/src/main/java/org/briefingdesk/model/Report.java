package org.briefingdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A summit or meeting report: body text, outcomes and conclusions, follow-up actions. */
public record Report(UUID id, UUID eventId, String title, String author, LocalDate date, String body,
                     String outcomes, List<FollowUp> followUps, List<UUID> topicIds,
                     RecordInfo info) implements StoredRecord {
    public Report {
        title = Text.trimToEmpty(title);
        author = Text.trimToEmpty(author);
        body = Text.trimToEmpty(body);
        outcomes = Text.trimToEmpty(outcomes);
        followUps = Text.copy(followUps);
        topicIds = Text.copy(topicIds);
        info = info == null ? RecordInfo.NEW : info;
    }
}
