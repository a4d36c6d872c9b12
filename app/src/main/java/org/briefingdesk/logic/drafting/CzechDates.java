package org.briefingdesk.logic.drafting;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Czech press releases write them, resolved against the release's date: "31. března 2025",
 * "31. 3. 2025", "4. a 5. prosince 2023", "ve dnech 10.–11. 10.", "v pondělí 3. 2." (the year whose
 * 3 February is a Monday, nearest the release); and deadlines: "do konce roku" (31 December of the
 * year), "do konce června", "do 30. června 2025", "letos", "příští rok", "v listopadu".
 */
final class CzechDates {
    /** A date or a range of days in the text. */
    record Mention(Span span, LocalDate start, LocalDate end) {
    }

    private static final String[][] MONTHS = {
        {"ledna", "leden", "lednu"}, {"února", "únor", "únoru"}, {"března", "březen", "březnu"},
        {"dubna", "duben", "dubnu"}, {"května", "květen", "květnu"}, {"června", "červen", "červnu"},
        {"července", "červenec", "červenci"}, {"srpna", "srpen", "srpnu"}, {"září"},
        {"října", "říjen", "říjnu"}, {"listopadu", "listopad"}, {"prosince", "prosinec", "prosinci"}};
    private static final String MONTH;
    private static final String[] WEEKDAYS = {"pondělí", "úterý", "středu", "čtvrtek", "pátek", "sobotu", "neděli"};
    private static final String DASH = "\\s*(?:a|až|[–—-])\\s*";

    static {
        List<String> all = new ArrayList<>();
        for (String[] forms : MONTHS) {
            all.addAll(List.of(forms));
        }
        all.sort((a, b) -> b.length() - a.length());
        MONTH = "(" + String.join("|", all) + ")";
    }

    private static final Pattern WEEKDAY = Pattern.compile("(?iu)\\b(?:v|ve)\\s+(" + String.join("|", WEEKDAYS)
            + ")\\s*$");
    private static final Pattern NAMED_RANGE = Pattern.compile("(?iu)\\b(\\d{1,2})\\." + DASH
            + "(?:(?:v|ve)\\s+\\p{L}+\\s+)?(\\d{1,2})\\.\\s*" + MONTH + "(?:\\s+(\\d{4}))?");
    private static final Pattern NUMERIC_RANGE = Pattern.compile("(?u)\\b(\\d{1,2})\\." + DASH
            + "(\\d{1,2})\\.\\s*(\\d{1,2})\\.(?:\\s*(\\d{4}))?");
    private static final Pattern NAMED = Pattern.compile("(?iu)\\b(\\d{1,2})\\.\\s*" + MONTH + "(?:\\s+(\\d{4}))?");
    private static final Pattern NUMERIC = Pattern.compile("(?u)\\b(\\d{1,2})\\.\\s*(\\d{1,2})\\.(?:\\s*(\\d{4}))?");

    private static final Pattern END_OF_YEAR = Pattern.compile(
            "(?iu)\\bdo\\s+konce\\s+(?:letošního\\s+|tohoto\\s+|příštího\\s+)?roku(?:\\s+(\\d{4}))?");
    private static final Pattern END_OF_MONTH = Pattern.compile("(?iu)\\bdo\\s+konce\\s+" + MONTH
            + "(?:\\s+(\\d{4}))?");
    private static final Pattern MID_YEAR = Pattern.compile(
            "(?iu)\\bdo\\s+(?:poloviny|půlky|konce\\s+prvního\\s+pololetí)\\s*(?:letošního\\s+)?"
            + "(?:roku)?(?:\\s+(\\d{4}))?");
    private static final Pattern BY_MONTH = Pattern.compile("(?iu)\\bdo\\s+" + MONTH + "(?:\\s+(\\d{4}))?");
    private static final Pattern IN_MONTH = Pattern.compile("(?iu)\\bv\\s+" + MONTH + "(?:\\s+(\\d{4}))?");
    private static final Pattern THIS_YEAR = Pattern.compile(
            "(?iu)\\b(?:letos|v\\s+letošním\\s+roce|během\\s+letošního\\s+roku)\\b");
    private static final Pattern NEXT_YEAR = Pattern.compile(
            "(?iu)\\b(?:příští\\s+rok|v\\s+příštím\\s+roce|během\\s+příštího\\s+roku|napřesrok)\\b");
    private static final Pattern IN_YEAR = Pattern.compile(
            "(?iu)\\b(?:do\\s+roku|v\\s+roce|během\\s+roku)\\s+(\\d{4})\\b");
    private static final Pattern BY_DATE = Pattern.compile("(?iu)\\bdo\\s+(\\d{1,2}\\.\\s*(?:\\d{1,2}\\.|"
            + MONTH + ")(?:\\s*\\d{4})?)");

    private CzechDates() {
    }

    /** The dates named in text[from, to), in order; later patterns never overlap earlier finds. */
    static List<Mention> find(String text, int from, int to, LocalDate reference) {
        List<Mention> found = new ArrayList<>();
        String region = text.substring(from, to);
        collect(NAMED_RANGE, region, from, found, m -> range(text, from, m, month(m.group(3)), m.group(4), reference));
        collect(NUMERIC_RANGE, region, from, found, m -> range(text, from, m, Integer.parseInt(m.group(3)),
                m.group(4), reference));
        collect(NAMED, region, from, found, m -> single(text, from, m, month(m.group(2)), m.group(3), reference));
        collect(NUMERIC, region, from, found, m -> single(text, from, m, Integer.parseInt(m.group(2)), m.group(3),
                reference));
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return found;
    }

    private interface Reader {
        Optional<Mention> read(Matcher m);
    }

    private static void collect(Pattern pattern, String region, int offset, List<Mention> found, Reader reader) {
        Matcher m = pattern.matcher(region);
        while (m.find()) {
            Span span = new Span(offset + m.start(), offset + m.end());
            if (found.stream().anyMatch(f -> f.span().overlaps(span))) {
                continue;
            }
            try {
                reader.read(m).ifPresent(found::add);
            } catch (DateTimeException | NumberFormatException e) {
                // "31. 2." names no day: not a date
            }
        }
    }

    private static Optional<Mention> single(String text, int offset, Matcher m, int month, String year,
                                            LocalDate reference) {
        int day = Integer.parseInt(m.group(1));
        LocalDate date = resolve(day, month, year, weekday(text, offset + m.start()), reference);
        return date == null ? Optional.empty()
                : Optional.of(new Mention(new Span(offset + m.start(), offset + m.end()), date, date));
    }

    private static Optional<Mention> range(String text, int offset, Matcher m, int month, String year,
                                           LocalDate reference) {
        int first = Integer.parseInt(m.group(1));
        int last = Integer.parseInt(m.group(2));
        LocalDate end = resolve(last, month, year, null, reference);
        if (end == null || first > last) {
            return Optional.empty();
        }
        LocalDate start = end.withDayOfMonth(first);
        return Optional.of(new Mention(new Span(offset + m.start(), offset + m.end()), start, end));
    }

    /** The day and month in the year written, or the year that fits the weekday and is nearest the reference. */
    private static LocalDate resolve(int day, int month, String year, DayOfWeek weekday, LocalDate reference) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        if (year != null) {
            return LocalDate.of(Integer.parseInt(year), month, day);
        }
        LocalDate best = null;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            LocalDate candidate;
            try {
                candidate = LocalDate.of(y, month, day);
            } catch (DateTimeException e) {
                continue;
            }
            boolean fits = weekday == null || candidate.getDayOfWeek() == weekday;
            if (fits && (best == null || distance(candidate, reference) < distance(best, reference))) {
                best = candidate;
            }
        }
        return best != null ? best : LocalDate.of(reference.getYear(), month, day);
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static DayOfWeek weekday(String text, int at) {
        Matcher m = WEEKDAY.matcher(text.substring(Math.max(0, at - 20), at));
        if (!m.find()) {
            return null;
        }
        String day = m.group(1).toLowerCase(Locale.ROOT);
        for (int i = 0; i < WEEKDAYS.length; i++) {
            if (WEEKDAYS[i].equals(day)) {
                return DayOfWeek.of(i + 1);
            }
        }
        return null;
    }

    static int month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            for (String form : MONTHS[i]) {
                if (form.equals(lower)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** The deadline a clause names, against the date it was said; empty when it names none. */
    static Optional<LocalDate> deadline(String clause, LocalDate said) {
        Matcher m = BY_DATE.matcher(clause);
        if (m.find()) {
            List<Mention> dates = find(m.group(1), 0, m.group(1).length(), said);
            if (!dates.isEmpty()) {
                return Optional.of(onOrAfter(dates.get(0).start(), said, m.group(1).matches(".*\\d{4}\\s*$")));
            }
        }
        m = END_OF_YEAR.matcher(clause);
        if (m.find()) {
            int year = m.group(1) != null ? Integer.parseInt(m.group(1))
                    : said.getYear() + (m.group().toLowerCase(Locale.ROOT).contains("příštího") ? 1 : 0);
            return Optional.of(LocalDate.of(year, 12, 31));
        }
        m = END_OF_MONTH.matcher(clause);
        if (m.find()) {
            return Optional.of(endOfMonth(month(m.group(1)), m.group(2), said));
        }
        m = MID_YEAR.matcher(clause);
        if (m.find()) {
            return Optional.of(LocalDate.of(m.group(1) != null ? Integer.parseInt(m.group(1)) : said.getYear(), 6, 30));
        }
        m = BY_MONTH.matcher(clause);
        if (m.find()) {
            return Optional.of(endOfMonth(month(m.group(1)), m.group(2), said));
        }
        m = IN_YEAR.matcher(clause);
        if (m.find()) {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31));
        }
        if (NEXT_YEAR.matcher(clause).find()) {
            return Optional.of(LocalDate.of(said.getYear() + 1, 12, 31));
        }
        if (THIS_YEAR.matcher(clause).find()) {
            return Optional.of(LocalDate.of(said.getYear(), 12, 31));
        }
        m = IN_MONTH.matcher(clause);
        if (m.find()) {
            return Optional.of(endOfMonth(month(m.group(1)), m.group(2), said));
        }
        return Optional.empty();
    }

    /** The last day of the month: of the year written, or the first such month-end on or after {@code said}. */
    private static LocalDate endOfMonth(int month, String year, LocalDate said) {
        if (year != null) {
            return YearMonth.of(Integer.parseInt(year), month).atEndOfMonth();
        }
        LocalDate end = YearMonth.of(said.getYear(), month).atEndOfMonth();
        return end.isBefore(said) ? YearMonth.of(said.getYear() + 1, month).atEndOfMonth() : end;
    }

    private static LocalDate onOrAfter(LocalDate date, LocalDate said, boolean yearWritten) {
        return yearWritten || !date.isBefore(said) ? date : date.plusYears(1);
    }
}
