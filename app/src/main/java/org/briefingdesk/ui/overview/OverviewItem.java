package org.briefingdesk.ui.overview;

import java.util.UUID;
import org.briefingdesk.model.RecordKind;

/**
 * A line of the overview: a record to open, its title and a quiet second line (date, place, status);
 * {@code overdue} for a commitment past its due date, which the overview marks.
 */
public record OverviewItem(UUID id, RecordKind kind, String title, String detail, boolean overdue) {
    public OverviewItem(UUID id, RecordKind kind, String title, String detail) {
        this(id, kind, title, detail, false);
    }
}
