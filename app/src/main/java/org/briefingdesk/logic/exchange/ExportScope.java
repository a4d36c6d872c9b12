package org.briefingdesk.logic.exchange;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Sensitivity;

/**
 * What an export takes: everything, the records a query of the search language finds, one record with everything
 * linked to it, or the records dated within a range; narrowed to some kinds when {@code kinds} is not empty, and
 * never above {@code maxSensitivity}. Whatever a chosen record refers to comes along, so that the bundle stands on
 * its own; a record that refers to one too sensitive to go stays behind with it, counted as left out.
 */
public record ExportScope(String query, UUID recordId, LocalDate from, LocalDate to, Set<RecordKind> kinds,
                          Sensitivity maxSensitivity) {
    public ExportScope {
        query = query == null || query.isBlank() ? null : query.strip();
        kinds = kinds == null || kinds.isEmpty() ? EnumSet.noneOf(RecordKind.class) : EnumSet.copyOf(kinds);
        maxSensitivity = maxSensitivity == null ? Sensitivity.SENSITIVE : maxSensitivity;
    }

    public static ExportScope everything() {
        return new ExportScope(null, null, null, null, Set.of(), Sensitivity.SENSITIVE);
    }

    /** True when every record of the chosen kinds goes (no query, record or dates). */
    public boolean isWhole() {
        return query == null && recordId == null && from == null && to == null;
    }

    public ExportScope withMaxSensitivity(Sensitivity max) {
        return new ExportScope(query, recordId, from, to, kinds, max);
    }

    public boolean includes(RecordKind kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }
}
