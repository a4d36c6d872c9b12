package org.briefingdesk.ui.shell;

import java.util.Optional;
import org.briefingdesk.model.RecordKind;

/** The sections of the navigation, in their order (Ctrl+1 … Ctrl+9). */
public enum Section {
    OVERVIEW("overview", "ui.section.overview", null),
    EVENTS("events", "ui.section.events", RecordKind.EVENT),
    REPORTS("reports", "ui.section.reports", RecordKind.REPORT),
    PEOPLE("people", "ui.section.people", RecordKind.PERSON),
    ORGANISATIONS("organisations", "ui.section.organisations", RecordKind.ORGANISATION),
    STATEMENTS("statements", "ui.section.statements", RecordKind.STATEMENT),
    COMMITMENTS("commitments", "ui.section.commitments", RecordKind.COMMITMENT),
    TOPICS("topics", "ui.section.topics", RecordKind.TOPIC),
    BRIEFINGS("briefings", "ui.section.briefings", null);

    private final String id;
    private final String titleKey;
    private final RecordKind kind;

    Section(String id, String titleKey, RecordKind kind) {
        this.id = id;
        this.titleKey = titleKey;
        this.kind = kind;
    }

    /** A short English name used in node ids ("events" → {@code #eventsTable}) and style classes. */
    public String id() {
        return id;
    }

    public String titleKey() {
        return titleKey;
    }

    /** The record kind this section lists, if it lists records. */
    public Optional<RecordKind> kind() {
        return Optional.ofNullable(kind);
    }

    public static Section of(RecordKind kind) {
        for (Section section : values()) {
            if (section.kind == kind) {
                return section;
            }
        }
        throw new IllegalArgumentException("no section for " + kind);
    }
}
