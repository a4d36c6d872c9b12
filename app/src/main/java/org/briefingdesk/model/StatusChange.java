package org.briefingdesk.model;

import java.time.LocalDate;

/** One dated entry of a commitment's status history. */
public record StatusChange(LocalDate date, CommitmentStatus status, String note) {
    public StatusChange {
        note = Text.trimToEmpty(note);
    }
}
