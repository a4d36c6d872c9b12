package org.briefingdesk.logic;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingdesk.logic.search.SearchText;

/**
 * Dates as Czech staff type them: {@code 31. 3. 2025}, {@code 31.03.2025}, {@code 31. března 2025}
 * (with or without diacritics, any case of the month), and ISO {@code 2025-03-31}.
 */
public final class DateParser {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s*\\.\\s*(\\d{1,2})\\s*\\.\\s*(\\d{4})");
    private static final Pattern NAMED = Pattern.compile("(\\d{1,2})\\s*\\.?\\s*(\\p{L}+)\\s+(\\d{4})");
    /** Folded stems of the Czech month names (nominative and genitive) and English names, January first. */
    private static final List<List<String>> MONTHS = List.of(
            List.of("leden", "ledna", "january", "jan"), List.of("unor", "unora", "february", "feb"),
            List.of("brezen", "brezna", "march", "mar"), List.of("duben", "dubna", "april", "apr"),
            List.of("kveten", "kvetna", "may"), List.of("cerven", "cervna", "june", "jun"),
            List.of("cervenec", "cervence", "july", "jul"), List.of("srpen", "srpna", "august", "aug"),
            List.of("zari", "september", "sep", "sept"), List.of("rijen", "rijna", "october", "oct"),
            List.of("listopad", "listopadu", "november", "nov"), List.of("prosinec", "prosince", "december", "dec"));

    private DateParser() {
    }

    /** The date the text names, or empty when it names none (never throws). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = NUMERIC.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 3), num(m, 2), num(m, 1)));
            }
            m = NAMED.matcher(s);
            if (m.matches()) {
                int month = month(SearchText.fold(m.group(2)));
                return month == 0 ? Optional.empty() : Optional.of(LocalDate.of(num(m, 3), month, num(m, 1)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // 31. 2. 2025 names no day
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String folded) {
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).contains(folded)) {
                return i + 1;
            }
        }
        return 0;
    }
}
