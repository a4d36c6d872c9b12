package org.briefingdesk.model;

import java.util.Locale;
import java.util.UUID;

public record Organisation(UUID id, String name, String abbreviation, OrganisationKind kind, String countryCode,
                           String notes, RecordInfo info) implements StoredRecord {
    public Organisation {
        name = Text.trimToEmpty(name);
        abbreviation = Text.trimToEmpty(abbreviation);
        kind = kind == null ? OrganisationKind.OTHER : kind;
        countryCode = Text.isBlank(countryCode) ? null : countryCode.strip().toUpperCase(Locale.ROOT);
        notes = Text.trimToEmpty(notes);
        info = info == null ? RecordInfo.NEW : info;
    }
}
