package org.briefingdesk.ui.common;

import java.util.Comparator;
import java.util.Locale;
import org.briefingdesk.logic.i18n.CzechCollation;

/** Czech collation (ch after h, č after c), as every table sorts. */
public final class CzechText {
    public static final Locale CZECH = CzechCollation.CZECH;

    private CzechText() {
    }

    /** A new comparator by Czech collation (a Collator is not thread-safe: one per user). */
    public static Comparator<String> collation() {
        return CzechCollation.comparator();
    }
}
