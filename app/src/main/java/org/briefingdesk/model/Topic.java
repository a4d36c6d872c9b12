package org.briefingdesk.model;

import java.util.List;
import java.util.UUID;

/** A subject, in a hierarchy (migrace › návraty). Names in Czech and, optionally, English. */
public record Topic(UUID id, String name, String nameEn, UUID parentId, String description,
                    Sensitivity sensitivity, List<Source> sources, Audit audit) implements StoredRecord {
    public Topic {
        name = Text.trimToEmpty(name);
        nameEn = Text.trimToEmpty(nameEn);
        description = Text.trimToEmpty(description);
        sensitivity = sensitivity == null ? Sensitivity.PUBLIC : sensitivity;
        sources = Text.copy(sources);
        audit = audit == null ? Audit.NEW : audit;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.TOPIC;
    }
}
