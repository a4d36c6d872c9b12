package org.briefingdesk.logic.drafting;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/**
 * One drafted record with the spans of the release it came from. {@code existing} is the record it
 * matches (a person found by name or alias, a topic of the tree), or null for a new record; a matched
 * person's draft is the existing person with what the release adds (an alias, a role).
 */
public record Draft(StoredRecord record, StoredRecord existing, List<Span> evidence) {
    public Draft {
        evidence = List.copyOf(evidence);
    }

    public UUID id() {
        return record.id();
    }

    public RecordKind kind() {
        return record.recordKind();
    }

    public boolean isNew() {
        return existing == null;
    }

    /** The same draft with another version of its record (edited in a form). */
    public Draft withRecord(StoredRecord edited) {
        return new Draft(edited, existing, evidence);
    }
}
