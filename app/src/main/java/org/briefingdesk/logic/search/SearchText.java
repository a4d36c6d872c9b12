package org.briefingdesk.logic.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How search sees text: typographic variants as one character, no case, no diacritics, words of
 * letters and digits. The index and the query go through the same functions, so they always agree.
 */
public final class SearchText {
    private SearchText() {
    }

    /**
     * Apostrophes, quotes and dashes in their plain form: {@code ’ ´ ‘ ʼ `} → {@code '},
     * {@code „ “ ” « »} → {@code "}.
     */
    public static String unifyTypography(String text) {
        int first = 0;
        while (first < text.length() && unified(text.charAt(first)) == text.charAt(first)) {
            first++;
        }
        if (first == text.length()) {
            return text; // most text has nothing to unify
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            out.append(unified(text.charAt(i)));
        }
        return out.toString();
    }

    private static char unified(char c) {
        if (c < '\u00a0') {
            return c == '\u0060' ? '\'' : c;
        }
        return switch (c) {
            case '\u2019', '\u2018', '\u00b4', '\u02bc', '\u2032' -> '\'';
            case '\u201e', '\u201c', '\u201d', '\u00ab', '\u00bb', '\u201f', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00a0', '\u202f', '\u2007' -> ' ';
            default -> c;
        };
    }

    /** Latin letters up to Latin Extended-A (all of Czech): each one's folded form, worked out once. */
    private static final int TABLE_SIZE = 0x180;
    private static final String[] FOLDED = new String[TABLE_SIZE];

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            FOLDED[c] = foldSlowly(String.valueOf(c));
        }
    }

    /**
     * Lower case without diacritics: "Rakušan" → "rakusan". Text of Latin letters goes through a table
     * (this runs for every word of every snippet); anything else through Unicode decomposition.
     */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= TABLE_SIZE) {
                return foldSlowly(text);
            }
            out.append(FOLDED[c]);
        }
        return out.toString();
    }

    /** A Latin character folded to one character; 0 when it folds to none or several, or is not in the table. */
    static char foldedChar(char c) {
        return c < TABLE_SIZE && FOLDED[c].length() == 1 ? FOLDED[c].charAt(0) : 0;
    }

    private static String foldSlowly(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The folded words of a text, in order: runs of letters and digits. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String folded = fold(unifyTypography(text));
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /**
     * The stems of a text's words, space-separated: what the stemmed index columns hold. The same words as
     * {@link #words}, found in one pass without a list (this runs for six columns of every record indexed).
     */
    public static String stems(String text) {
        String folded = fold(unifyTypography(text));
        StringBuilder out = new StringBuilder(folded.length());
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(CzechStemmer.stem(folded.substring(start, i)));
                start = -1;
            }
        }
        return out.toString();
    }
}
