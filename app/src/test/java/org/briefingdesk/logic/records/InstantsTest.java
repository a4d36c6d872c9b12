package org.briefingdesk.logic.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick reading of stored instants gives what {@link Instant#parse} gives, and refuses what it refuses. */
class InstantsTest {
    @Test
    void readsWhatInstantParseReads() {
        List<String> texts = List.of("2026-11-30T17:02:20Z", "2026-11-30T17:02:20.1Z", "2026-11-30T17:02:20.123Z",
                "2026-11-30T17:02:20.123456Z", "2026-11-30T17:02:20.123456789Z", "2024-02-29T23:59:59.999999999Z",
                "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.5Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
                "2016-12-31T23:59:60Z", "2026-11-30T24:00:00Z", "2026-11-30T17:02:20.Z", "+12026-11-30T17:02:20Z");
        for (String text : texts) {
            assertEquals(Instant.parse(text), Instants.parse(text), text);
        }
        Random random = new Random(13);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-5_000_000_000L, 10_000_000_000L),
                    random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
            assertEquals(instant, Instants.parse(instant.toString()), instant.toString());
        }
    }

    @Test
    void refusesWhatInstantParseRefuses() {
        List<String> texts = List.of("", "2026-11-30", "2026-11-30T17:02:20", "2026-02-30T17:02:20Z",
                "2026-13-01T00:00:00Z", "2026-11-30T24:00:01Z", "2026-11-30T17:60:00Z",
                "2026-11-30T17:02:20.1234567890Z", "2026-11-3OT17:02:20Z", "2026-11-30 17:02:20Z",
                "2026-11-30T17:02:20,5Z", "2023-02-29T00:00:00Z");
        for (String text : texts) {
            assertThrows(DateTimeParseException.class, () -> Instants.parse(text), text);
        }
    }
}
