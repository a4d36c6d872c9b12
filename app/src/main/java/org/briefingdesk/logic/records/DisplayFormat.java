package org.briefingdesk.logic.records;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.CountryRepository;
import org.briefingdesk.model.Source;

/**
 * Values as a reader of the user's language expects them: Czech dates "31. 3. 2025", English
 * "31 Mar 2025" (the same in tables, details and packs), countries and languages by name. Nulls and
 * blanks become "".
 */
public final class DisplayFormat {
    private final Localization l10n;
    private final CountryRepository countries;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter times;

    public DisplayFormat(Localization l10n, CountryRepository countries) {
        this.l10n = l10n;
        this.countries = countries;
        boolean english = "en".equals(l10n.locale().getLanguage());
        this.dates = dates(l10n.locale());
        this.times = DateTimeFormatter.ofPattern(english ? "d MMM yyyy, HH:mm" : "d. M. yyyy H:mm", l10n.locale())
                .withZone(ZoneId.systemDefault());
    }

    /** The date style of a language: "31. 3. 2025" in Czech, "31 Mar 2025" in English. */
    public static DateTimeFormatter dates(Locale locale) {
        return DateTimeFormatter.ofPattern("en".equals(locale.getLanguage()) ? "d MMM yyyy" : "d. M. yyyy", locale);
    }

    /** A date in the style of a language, as tables, details and form fields show it; "" for no date. */
    public static String date(Locale locale, LocalDate date) {
        return date == null ? "" : dates(locale).format(date);
    }

    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    /** "31. 3. 2025" for one day, "30. 3. 2025 – 1. 4. 2025" for several. */
    public String dateRange(LocalDate start, LocalDate end) {
        if (start == null || end == null || start.equals(end)) {
            return date(start == null ? end : start);
        }
        return l10n.get("detail.value.dateRange", date(start), date(end));
    }

    public String time(Instant instant) {
        return instant == null ? "" : times.format(instant);
    }

    /** The country's name in the user's language ("Spojené království"), or its code if unknown. */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return countries.findByCode(code).map(c -> c.name(l10n.locale())).orElse(code);
    }

    /** "čeština" / "Czech" for "cs". */
    public String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(l10n.locale());
        return name.isEmpty() ? code : name;
    }

    /** One source per line: its title, and its link when there is one. */
    public String sources(List<Source> sources) {
        return sources.stream()
                .map(s -> s.url().isEmpty() ? s.title() : s.title().isEmpty() ? s.url() : s.title() + " — " + s.url())
                .collect(Collectors.joining("\n"));
    }
}
