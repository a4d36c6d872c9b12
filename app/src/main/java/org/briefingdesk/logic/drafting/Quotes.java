package org.briefingdesk.logic.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Direct quotations: „…“ (or „…”), "…", »…«, «…» and “…”, within one paragraph. A short quoted name
 * ("tzv. „migrační pakt“") is a name, not a quotation.
 */
final class Quotes {
    /** A quotation: the marks included ({@code whole}) and the words between them ({@code inner}). */
    record Quote(Span whole, Span inner) {
    }

    private static final int MIN_WORDS = 4;

    private Quotes() {
    }

    static List<Quote> find(String text) {
        List<Quote> quotes = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            String closers = closers(text.charAt(i));
            if (closers == null) {
                i++;
                continue;
            }
            int close = closing(text, i + 1, closers);
            if (close < 0) {
                i++;
                continue;
            }
            Span inner = new Span(i + 1, close);
            if (inner.of(text).strip().split("\\s+").length >= MIN_WORDS && !namedBefore(text, i)) {
                quotes.add(new Quote(new Span(i, close + 1), inner));
            }
            i = close + 1;
        }
        return quotes;
    }

    private static String closers(char open) {
        return switch (open) {
            case '„' -> "“”";
            case '»' -> "«";
            case '«' -> "»";
            case '"' -> "\"";
            case '“' -> "”";
            default -> null;
        };
    }

    /** The closing mark's offset, or -1 when the paragraph ends first. */
    private static int closing(String text, int from, String closers) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (closers.indexOf(c) >= 0) {
                return j;
            }
            if (c == '\n' && text.substring(j + 1).stripLeading().length() < text.length() - j - 1
                    && blankLineAt(text, j)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean blankLineAt(String text, int newline) {
        for (int k = newline + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean namedBefore(String text, int open) {
        String before = text.substring(Math.max(0, open - 12), open).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(tzv\\.|tak zvan\\p{L}*|názvem|nazvan\\p{L}*)\\s*$");
    }
}
