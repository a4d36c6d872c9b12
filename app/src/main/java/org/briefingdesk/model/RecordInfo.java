package org.briefingdesk.model;

import java.util.List;

/**
 * What every record carries beside its own fields: how sensitive it is, where it comes from, and who
 * created and last changed it. One value, so that a record kind, a form or a store handles the three
 * together.
 */
public record RecordInfo(Sensitivity sensitivity, List<Source> sources, Audit audit) {
    /** A public record without sources, not yet saved. */
    public static final RecordInfo NEW = new RecordInfo(null, null, null);

    public RecordInfo {
        sensitivity = sensitivity == null ? Sensitivity.PUBLIC : sensitivity;
        sources = Text.copy(sources);
        audit = audit == null ? Audit.NEW : audit;
    }

    /** A record not yet saved, with this sensitivity and these sources. */
    public static RecordInfo of(Sensitivity sensitivity, List<Source> sources) {
        return new RecordInfo(sensitivity, sources, Audit.NEW);
    }

    public RecordInfo withSensitivity(Sensitivity value) {
        return new RecordInfo(value, sources, audit);
    }

    public RecordInfo withSources(List<Source> value) {
        return new RecordInfo(sensitivity, value, audit);
    }

    public RecordInfo withAudit(Audit value) {
        return new RecordInfo(sensitivity, sources, value);
    }
}
