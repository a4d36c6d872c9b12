package org.briefingdesk.output;

import java.util.Locale;

/** Quotation marks around a verbatim quote, as the pack's language writes them: „…“ or “…”. */
final class QuoteMarks {
    private QuoteMarks() {
    }

    static String wrap(String text, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return (english ? "“" : "„") + strip(text) + (english ? "”" : "“");
    }

    /** The marks are the layout's: a text that already has them does not get two pairs. */
    static String strip(String text) {
        String s = text.strip();
        if (s.startsWith("„") || s.startsWith("\"") || s.startsWith("“")) {
            s = s.substring(1);
        }
        if (s.endsWith("“") || s.endsWith("\"") || s.endsWith("”")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
