package org.briefingdesk.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the statements table shows of a statement: who, when, what kind, and the beginning of the text
 * ({@link #TEXT_START} characters at most). Reading these instead of whole statements (topics, sources,
 * audit) keeps a section of 100,000 statements quick to open.
 */
public record StatementSummary(UUID id, UUID speakerId, LocalDate date, StatementKind kind, String textStart) {
    /** Enough for any shortened text the table shows. */
    public static final int TEXT_START = 400;

    public StatementSummary {
        textStart = textStart == null ? "" : textStart;
    }
}
