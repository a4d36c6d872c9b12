package org.briefingdesk.model;

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

    public static <T> java.util.List<T> copy(java.util.List<T> list) {
        return list == null ? java.util.List.of() : java.util.List.copyOf(list);
    }
}
