package org.briefingdesk.ui.common;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Czech collation (ch after h, č after c), as every table sorts. */
public final class CzechText {
    public static final Locale CZECH = Locale.forLanguageTag("cs-CZ");

    private CzechText() {
    }

    /** A new comparator by Czech collation (a Collator is not thread-safe: one per user). */
    public static Comparator<String> collation() {
        Collator collator = Collator.getInstance(CZECH);
        collator.setStrength(Collator.TERTIARY);
        CzechCollation czech = new CzechCollation(collator);
        return (a, b) -> czech.compare(a == null ? "" : a, b == null ? "" : b);
    }
}
