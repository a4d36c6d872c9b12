package org.briefingdesk.logic.drafting;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language of a text or a quotation, from its short common words and the letters only one language
 * has (ř ů ě for Czech, ä ľ ĺ ŕ ô and infinitives in -ť for Slovak). Enough to tell a Czech release from
 * another and to mark a quotation's language; "" when nothing is recognised.
 */
public final class LanguageGuess {
    private static final Map<String, Set<String>> COMMON = new LinkedHashMap<>();

    static {
        COMMON.put("cs", Set.of("a", "je", "se", "na", "v", "ve", "že", "to", "jsou", "pro", "jako", "ale", "by",
                "který", "která", "které", "také", "jsme", "není", "bez", "může", "s", "z", "o", "do", "i", "jsem",
                "jeho", "jejich", "při", "ministr", "vnitra"));
        COMMON.put("sk", Set.of("a", "je", "sa", "na", "v", "že", "to", "sú", "pre", "ako", "ale", "by", "ktorý",
                "ktorá", "ktoré", "aj", "sme", "nie", "jej", "som", "pri", "tiež", "alebo", "môže"));
        COMMON.put("en", Set.of("the", "and", "of", "to", "is", "in", "that", "we", "will", "for", "but", "also",
                "our", "are", "with", "this", "it", "be", "gives"));
        COMMON.put("de", Set.of("die", "der", "das", "und", "ist", "mit", "für", "ein", "eine", "nicht", "wir",
                "zu", "den", "von", "ganz", "auch", "sich"));
        COMMON.put("fr", Set.of("le", "la", "les", "et", "est", "des", "une", "nous", "pour", "que", "dans",
                "avec", "du", "pas"));
        COMMON.put("pl", Set.of("i", "w", "na", "z", "że", "jest", "nie", "się", "to", "do", "jak", "oraz",
                "przez", "jesteśmy", "będzie"));
    }

    private LanguageGuess() {
    }

    /** "cs", "sk", "en", "de", "fr", "pl", or "" when the text shows none of them. */
    public static String of(String text) {
        Map<String, Integer> score = new LinkedHashMap<>();
        COMMON.keySet().forEach(language -> score.put(language, 0));
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            COMMON.forEach((language, words) -> {
                if (words.contains(word)) {
                    score.merge(language, 1, Integer::sum);
                }
            });
            if (word.matches(".*[řůě].*")) {
                score.merge("cs", 2, Integer::sum);
            }
            if (word.matches(".*[äľĺŕô].*") || word.endsWith("ť") && word.length() > 4 || word.endsWith("ej")) {
                score.merge("sk", 2, Integer::sum);
            }
            if (word.matches(".*[łśźćńąę].*")) {
                score.merge("pl", 2, Integer::sum);
            }
            if (word.matches(".*[ßüö].*")) {
                score.merge("de", 2, Integer::sum);
            }
        }
        String best = "";
        int bestScore = 1;
        for (Map.Entry<String, Integer> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }
}
