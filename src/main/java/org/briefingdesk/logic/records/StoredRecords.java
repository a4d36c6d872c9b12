package org.briefingdesk.logic.records;

import java.util.Optional;
import java.util.UUID;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/** Reads a record of any kind by its id. */
public final class StoredRecords {
    private StoredRecords() {
    }

    /** The record with this id, whatever its kind; empty when there is none (or it was deleted). */
    public static Optional<StoredRecord> find(RecordStore store, UUID id) {
        Optional<RecordKind> kind = id == null ? Optional.empty() : store.kindOf(id);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Optional<? extends StoredRecord> found = switch (kind.get()) {
            case EVENT -> store.events().findById(id);
            case REPORT -> store.reports().findById(id);
            case PERSON -> store.people().findById(id);
            case ORGANISATION -> store.organisations().findById(id);
            case STATEMENT -> store.statements().findById(id);
            case COMMITMENT -> store.commitments().findById(id);
            case TOPIC -> store.topics().findById(id);
        };
        return found.map(StoredRecord.class::cast);
    }
}
