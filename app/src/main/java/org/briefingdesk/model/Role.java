package org.briefingdesk.model;

import java.time.LocalDate;
import java.util.UUID;

/** A position a person held: title ("ministr vnitra") at an organisation, from/to (open ends allowed). */
public record Role(String title, UUID organisationId, LocalDate from, LocalDate to) {
    public Role {
        title = Text.trimToEmpty(title);
    }

    /** True when the role was held on {@code date}. */
    public boolean heldOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
