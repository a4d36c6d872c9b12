package org.briefingdesk.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Who is writing (the OS user) and the clock that stamps records and the change history. */
public record AuditContext(String user, Clock clock) {
    public static AuditContext ofSystemUser() {
        return new AuditContext(System.getProperty("user.name", "unknown"), Clock.systemUTC());
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
