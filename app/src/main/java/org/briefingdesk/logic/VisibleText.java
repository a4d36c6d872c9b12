package org.briefingdesk.logic;

/**
 * Record text as it may be shown: a record can hold anything another tool or a paste put in it, but
 * what the application prints or writes must not act on the reader's terminal or reorder what a
 * document shows. Control characters (ESC, BEL, NUL, a lone carriage return...) are shown visibly in
 * caret notation ({@code ^[}), C1 controls and the bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069, which make {@code fdp.exe} display as {@code exe.pdf}) as
 * {@code <U+202E>}; line breaks and tabs stay. The stored text is never changed, so search still
 * finds the words around them.
 */
public final class VisibleText {
    private VisibleText() {
    }

    /**
     * What to show instead of {@code c}, or null when it shows as itself. Line feeds and tabs stay;
     * a carriage return is the caller's to decide (harmless before a line feed, a trick without one).
     */
    public static String escape(char c) {
        if (c == '\n' || c == '\t') {
            return null;
        }
        if (c < 0x20) {
            return "^" + (char) (c + 0x40);
        }
        if (c == 0x7f) {
            return "^?";
        }
        if (c >= 0x80 && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
            return String.format("<U+%04X>", (int) c);
        }
        return null;
    }

    /** True when the text shows as it is (the common case: nothing to copy). */
    public static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || escape(c) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text for a document (a pack, an export): every line break one line feed ({@code \r\n} and a
     * lone {@code \r} alike), every other control character and bidirectional override shown visibly.
     */
    public static String of(String text) {
        if (text == null || isPlain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                continue;
            }
            String visible = escape(c);
            if (visible == null) {
                out.append(c);
            } else {
                out.append(visible);
            }
        }
        return out.toString();
    }
}
