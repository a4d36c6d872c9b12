package org.briefingdesk.model;

import java.util.List;

/** Normalisation shared by every record's constructor: no nulls for text, no stray spaces. */
public final class Text {
    private Text() {
    }

    public static String trimToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * The text on one line: every run of white space one space, none at either end. A loop, not a
     * regular expression: it runs for each of 100,000 rows of a table and for every search hit.
     */
    public static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    public static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The text with its first letter in upper case: a lower-case label at the start of a line. */
    public static String capitalised(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
