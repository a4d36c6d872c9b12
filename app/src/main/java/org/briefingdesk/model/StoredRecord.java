package org.briefingdesk.model;

import java.util.List;
import java.util.UUID;

/** What every record kind carries: a stable id, a sensitivity, its sources and its audit trail. */
public sealed interface StoredRecord permits Event, Report, Person, Organisation, Statement, Commitment, Topic {
    UUID id();

    /** Sensitivity, sources and audit, kept together. */
    RecordInfo info();

    default Sensitivity sensitivity() {
        return info().sensitivity();
    }

    default List<Source> sources() {
        return info().sources();
    }

    default Audit audit() {
        return info().audit();
    }

    default RecordKind recordKind() {
        return RecordKind.of(getClass());
    }
}
