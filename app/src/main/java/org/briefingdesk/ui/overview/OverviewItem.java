package org.briefingdesk.ui.overview;

import java.util.UUID;
import org.briefingdesk.model.RecordKind;

/** A line of the overview: a record to open, its title and a quiet second line (date, place, status). */
public record OverviewItem(UUID id, RecordKind kind, String title, String detail) {
}
