package org.briefingdesk.logic.store;

import org.briefingdesk.model.StoredRecord;

/**
 * A save over a version the writer had not seen: someone else saved the record since it was read.
 * Nothing was written; both versions travel with the refusal so that the user can compare them
 * field by field and choose.
 */
public final class VersionConflictException extends StoreException {
    private final transient StoredRecord mine;
    private final transient StoredRecord theirs;

    public VersionConflictException(StoredRecord mine, StoredRecord theirs) {
        super("error.server.conflict", theirs.audit().updatedBy());
        this.mine = mine;
        this.theirs = theirs;
    }

    /** What this writer tried to save. */
    public StoredRecord mine() {
        return mine;
    }

    /** The version stored now, with who saved it and when. */
    public StoredRecord theirs() {
        return theirs;
    }
}
