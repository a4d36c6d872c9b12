package org.briefingdesk.model;

import java.util.List;
import java.util.UUID;

public record Organisation(UUID id, String name, String abbreviation, OrganisationKind kind, String countryCode,
                           String notes, Sensitivity sensitivity, List<Source> sources, Audit audit) implements StoredRecord {
    public Organisation {
        name = Text.trimToEmpty(name);
        abbreviation = Text.trimToEmpty(abbreviation);
        kind = kind == null ? OrganisationKind.OTHER : kind;
        countryCode = Text.isBlank(countryCode) ? null : countryCode.strip().toUpperCase(java.util.Locale.ROOT);
        notes = Text.trimToEmpty(notes);
        sensitivity = sensitivity == null ? Sensitivity.PUBLIC : sensitivity;
        sources = Text.copy(sources);
        audit = audit == null ? Audit.NEW : audit;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.ORGANISATION;
    }
}
