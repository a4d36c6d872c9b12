package org.briefingdesk.logic.briefing;

import java.util.List;
import org.briefingdesk.logic.search.SearchText;

/**
 * Matches a typed name against candidates' names the way search does (no case, no diacritics,
 * typographic variants as one): an exact name wins; otherwise every typed word must start a word of
 * one of the candidate's names.
 */
final class NameMatcher {
    /** How many leading letters a near miss must share with a word of a name. */
    private static final int NEAR_PREFIX = 3;

    record Candidate<T>(T value, String label, List<String> names) {
    }

    private NameMatcher() {
    }

    static <T> List<Candidate<T>> match(String query, List<Candidate<T>> candidates) {
        List<String> words = SearchText.words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        String phrase = String.join(" ", words);
        List<Candidate<T>> exact = candidates.stream()
                .filter(c -> c.names().stream().anyMatch(n -> String.join(" ", SearchText.words(n)).equals(phrase)))
                .toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return candidates.stream()
                .filter(c -> c.names().stream().anyMatch(n -> startsWords(SearchText.words(n), words)))
                .toList();
    }

    /** Candidates that share the first letters of some word with the query: "did you mean". */
    static <T> List<Candidate<T>> near(String query, List<Candidate<T>> candidates) {
        List<String> stems = SearchText.words(query).stream()
                .map(w -> w.substring(0, Math.min(NEAR_PREFIX, w.length()))).toList();
        return candidates.stream()
                .filter(c -> c.names().stream().flatMap(n -> SearchText.words(n).stream())
                        .anyMatch(w -> stems.stream().anyMatch(w::startsWith)))
                .toList();
    }

    private static boolean startsWords(List<String> nameWords, List<String> queryWords) {
        return queryWords.stream().allMatch(q -> nameWords.stream().anyMatch(w -> w.startsWith(q)));
    }
}
