package org.briefingdesk.logic.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The light Czech stemmer of Dolamic and Savoy ("Indexing and stemming approaches for the Czech
 * language", 2009; the algorithm of Lucene's CzechStemmer), applied to folded words (no diacritics,
 * lower case) so that "irskym" and "irským" stem alike. Index and query use the same function:
 * "Irsko", "irským" → "irsk"; "Londýn", "Londýně" → "londyn"; "hranice", "hranic" → "hranik".
 */
public final class CzechStemmer {
    /**
     * Stems already worked out, word by word: a corpus repeats its words (Zipf), so indexing many records stems
     * each distinct word once. Bounded: past the limit, and for words longer than any Czech one, words are stemmed
     * without being kept.
     */
    static final int CACHED_WORDS = 50_000;
    private static final int CACHED_LENGTH = 40;
    private static final Map<String, String> STEMS = new ConcurrentHashMap<>();
    private static final String[] SUFFIX_5 = {"atech"};
    private static final String[] SUFFIX_4 = {"etem", "atum"};
    private static final String[] SUFFIX_3 = {"ech", "ich", "eho", "emi", "emu", "ete", "eti", "iho", "imi", "imu",
        "ach", "ata", "aty", "ych", "ama", "ami", "ove", "ovi", "ymi"};
    private static final String[] SUFFIX_2 = {"em", "es", "im", "um", "at", "am", "os", "us", "ym", "mi", "ou"};
    private static final String VOWELS = "aeiouy";

    private CzechStemmer() {
    }

    /** The stem of a folded word; words of three letters or fewer are left as they are. */
    public static String stem(String word) {
        String known = STEMS.get(word);
        if (known != null) {
            return known;
        }
        String stem = stemAnew(word);
        if (word.length() <= CACHED_LENGTH && STEMS.size() < CACHED_WORDS) {
            STEMS.put(word, stem);
        }
        return stem;
    }

    /** The stem worked out from the word itself, without the cache. */
    static String stemAnew(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return word;
            }
        }
        String s = removeCase(word);
        s = removePossessives(s);
        return s.isEmpty() ? word : normalize(s);
    }

    private static String removeCase(String s) {
        int len = s.length();
        if (len > 7 && endsWithAny(s, SUFFIX_5)) {
            return s.substring(0, len - 5);
        }
        if (len > 6 && endsWithAny(s, SUFFIX_4)) {
            return s.substring(0, len - 4);
        }
        if (len > 5 && endsWithAny(s, SUFFIX_3)) {
            return s.substring(0, len - 3);
        }
        if (len > 4 && endsWithAny(s, SUFFIX_2)) {
            return s.substring(0, len - 2);
        }
        if (len > 3 && VOWELS.indexOf(s.charAt(len - 1)) >= 0) {
            return s.substring(0, len - 1);
        }
        return s;
    }

    private static String removePossessives(String s) {
        if (s.length() > 5 && (s.endsWith("ov") || s.endsWith("in") || s.endsWith("uv"))) {
            return s.substring(0, s.length() - 2);
        }
        return s;
    }

    private static String normalize(String s) {
        StringBuilder b = new StringBuilder(s);
        int len = b.length();
        if (len > 1 && b.charAt(len - 2) == 'c' && b.charAt(len - 1) == 't') {
            b.setCharAt(len - 1, 'k'); // čt → ck
            return b.toString();
        }
        if (len > 1 && b.charAt(len - 2) == 's' && b.charAt(len - 1) == 't') {
            b.setCharAt(len - 1, 'k'); // št → sk
            return b.toString();
        }
        char last = b.charAt(len - 1);
        if (last == 'c') {
            b.setCharAt(len - 1, 'k');
            return b.toString();
        }
        if (last == 'z') {
            b.setCharAt(len - 1, 'h');
            return b.toString();
        }
        if (len > 1 && b.charAt(len - 2) == 'e') {
            b.deleteCharAt(len - 2); // a mobile e: "cooper" and "coopera" meet at "coopr"
            return b.toString();
        }
        if (len > 2 && b.charAt(len - 2) == 'u') {
            b.setCharAt(len - 2, 'o'); // ů → o: "dům", "domu"
        }
        return b.toString();
    }

    private static boolean endsWithAny(String s, String[] suffixes) {
        for (String suffix : suffixes) {
            if (s.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
