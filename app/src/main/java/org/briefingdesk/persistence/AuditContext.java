package org.briefingdesk.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * Who is writing and the clock that stamps records and the change history. The window's writer is asked at each
 * change (the name in Nastavení may change while the file is open); the command line writes as the OS user.
 */
public record AuditContext(Supplier<String> author, Clock clock) {
    public AuditContext(String user, Clock clock) {
        this(() -> user, clock);
    }

    public static AuditContext ofSystemUser() {
        return new AuditContext(systemUser(), Clock.systemUTC());
    }

    /** Writing as whoever {@code author} names at the time (the OS user when it names no one). */
    public static AuditContext of(Supplier<String> author) {
        return new AuditContext(() -> {
            String name = author.get();
            return name == null || name.isBlank() ? systemUser() : name.strip();
        }, Clock.systemUTC());
    }

    private static String systemUser() {
        return System.getProperty("user.name", "unknown");
    }

    /** The name the change history and the records' audit carry. */
    public String user() {
        return author.get();
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
