package org.briefingdesk.model;

import java.time.LocalDate;

/** An action agreed in a report, with an optional due date. */
public record FollowUp(String action, LocalDate dueDate, boolean done) {
    public FollowUp {
        action = Text.trimToEmpty(action);
    }
}
