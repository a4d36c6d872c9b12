package org.briefingdesk.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import org.briefingdesk.logic.i18n.CzechCollation;

/** Czech collation (ch after h, č after c) and Czech dates (31. 3. 2025), as every table shows them. */
public final class CzechText {
    public static final Locale CZECH = CzechCollation.CZECH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. M. yyyy", CZECH);

    private CzechText() {
    }

    /** A new comparator by Czech collation (a Collator is not thread-safe: one per user). */
    public static Comparator<String> collation() {
        return CzechCollation.comparator();
    }

    /** "31. 3. 2025", or an empty string for no date. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
