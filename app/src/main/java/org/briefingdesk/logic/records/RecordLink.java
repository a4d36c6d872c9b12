package org.briefingdesk.logic.records;

import java.util.UUID;
import org.briefingdesk.model.RecordKind;

/** A link to another record: its name, and a note on how it is linked ("vedoucí delegace, Česko"). */
public record RecordLink(UUID id, RecordKind kind, String label, String note) {
    public RecordLink {
        note = note == null ? "" : note;
    }
}
