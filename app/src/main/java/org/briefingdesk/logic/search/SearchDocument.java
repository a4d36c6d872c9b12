package org.briefingdesk.logic.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.briefingdesk.model.RecordKind;

/**
 * What the index holds for one record: its name, its text, and the names it is linked to (people
 * with their aliases, countries in Czech and English with their codes, topics, events), which field
 * filters search; plus the dates that {@code od:}/{@code do:} and recency use.
 */
public record SearchDocument(UUID id, RecordKind kind, String title, String body, String people,
                             String countries, String topics, String events,
                             LocalDate dateFrom, LocalDate dateTo, Instant updatedAt) {
}
