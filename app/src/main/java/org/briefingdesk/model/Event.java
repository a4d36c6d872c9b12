package org.briefingdesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A summit, conference, meeting, visit or call. A bilateral meeting "on the margins of" a summit
 * has the summit as its parent.
 */
public record Event(UUID id, EventKind kind, String title, LocalDate startDate, LocalDate endDate,
                    String city, String countryCode, UUID organiserId, Integer participatingCountries,
                    String summary, UUID parentId, List<Participation> participants, List<UUID> topicIds,
                    String notes, RecordInfo info) implements StoredRecord {
    public Event {
        kind = kind == null ? EventKind.OTHER : kind;
        title = Text.trimToEmpty(title);
        city = Text.trimToEmpty(city);
        countryCode = Text.isBlank(countryCode) ? null : countryCode.strip().toUpperCase(Locale.ROOT);
        summary = Text.trimToEmpty(summary);
        participants = Text.copy(participants);
        topicIds = Text.copy(topicIds);
        notes = Text.trimToEmpty(notes);
        info = info == null ? RecordInfo.NEW : info;
    }
}
