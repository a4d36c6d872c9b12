package org.briefingdesk.model;

import java.util.UUID;

/** A subject, in a hierarchy (migrace › návraty). Names in Czech and, optionally, English. */
public record Topic(UUID id, String name, String nameEn, UUID parentId, String description,
                    RecordInfo info) implements StoredRecord {
    public Topic {
        name = Text.trimToEmpty(name);
        nameEn = Text.trimToEmpty(nameEn);
        description = Text.trimToEmpty(description);
        info = info == null ? RecordInfo.NEW : info;
    }
}
