package org.briefingdesk.logic.records;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the instants the store and bundles hold (audit times, as {@link Instant#toString()} writes them) without
 * the general ISO parser, which costs more than the rest of reading a record; anything else goes to
 * {@link Instant#parse}, with its exception for text that is not an instant.
 */
public final class Instants {
    private static final int SHORTEST = "2000-01-01T00:00:00Z".length();
    private static final int[] SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private Instants() {
    }

    public static Instant parse(String text) {
        int n = text.length();
        if (n < SHORTEST || n > SHORTEST + 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(n - 1) != 'Z' || (n > SHORTEST && (text.charAt(19) != '.' || n == SHORTEST + 1))) {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int fraction = n > SHORTEST ? digits(text, 20, n - 1) : 0;
        if ((year | month | day | hour | minute | second | fraction) < 0 || hour > 23 || minute > 59 || second > 59) {
            return Instant.parse(text);
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return Instant.parse(text); // says what is wrong in the words of the ISO parser
        }
        int nanos = n > SHORTEST ? fraction * SCALE[n - 1 - 20] : 0;
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The number the digits from {@code from} to {@code to} make, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
