package org.briefingdesk.model;

import java.time.Instant;

/** Who created and last changed a record, and when. Filled in by the store on every save. */
public record Audit(Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
    /** For records not yet saved; the store replaces it. */
    public static final Audit NEW = new Audit(null, null, null, null);
}
