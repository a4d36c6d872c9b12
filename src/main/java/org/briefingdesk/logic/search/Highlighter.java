package org.briefingdesk.logic.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a snippet around the first matching word and marks every word that matches the query,
 * exactly, as the prefix being typed, or by its stem ("Londýně" for "Londýn").
 */
final class Highlighter {
    private static final int CONTEXT_BEFORE = 60;
    private static final int LENGTH = 200;

    private final Words words;

    /** A highlighter for one query: its words' stems are worked out once, not per hit. */
    Highlighter(List<SearchQuery.Term> terms) {
        this.words = new Words(terms);
    }

    List<SearchHit.Span> snippet(String text) {
        String oneLine = oneLine(text);
        List<int[]> matches = matches(oneLine, words);
        int start = 0;
        if (!matches.isEmpty() && matches.get(0)[0] > CONTEXT_BEFORE) {
            start = oneLine.lastIndexOf(' ', matches.get(0)[0] - CONTEXT_BEFORE) + 1;
        }
        int end = Math.min(oneLine.length(), start + LENGTH);
        if (end < oneLine.length()) {
            int space = oneLine.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        List<SearchHit.Span> spans = new ArrayList<>();
        if (start > 0) {
            spans.add(new SearchHit.Span("…", false));
        }
        int pos = start;
        for (int[] m : matches) {
            if (m[0] < start || m[1] > end) {
                continue;
            }
            if (m[0] > pos) {
                spans.add(new SearchHit.Span(oneLine.substring(pos, m[0]), false));
            }
            spans.add(new SearchHit.Span(oneLine.substring(m[0], m[1]), true));
            pos = m[1];
        }
        if (pos < end) {
            spans.add(new SearchHit.Span(oneLine.substring(pos, end), false));
        }
        if (end < oneLine.length()) {
            spans.add(new SearchHit.Span("…", false));
        }
        return spans;
    }

    /** White space of any kind and length as one space, without a regular expression (it ran per hit). */
    private static String oneLine(String text) {
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

    /**
     * Start and end of every word in {@code text} that matches one of the query's words, up to the
     * end of the snippet the first match opens (the rest of a long report is never shown).
     */
    private static List<int[]> matches(String text, Words words) {
        List<int[]> out = new ArrayList<>();
        int stop = text.length();
        int i = 0;
        while (i < stop) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (words.mayMatch(text.charAt(start)) && words.matches(SearchText.fold(text.substring(start, i)))) {
                if (out.isEmpty()) {
                    stop = Math.min(text.length(), start + LENGTH);
                }
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    /** The query's words, with their stems and first letters worked out once per snippet, not per word of text. */
    private static final class Words {
        private final List<String> exact = new ArrayList<>();
        private final List<String> prefixes = new ArrayList<>();
        private final List<String> stems = new ArrayList<>();
        private final StringBuilder firstLetters = new StringBuilder();

        Words(List<SearchQuery.Term> terms) {
            for (SearchQuery.Term term : terms) {
                for (String w : term.words()) {
                    exact.add(w);
                    if (term.prefix()) {
                        prefixes.add(w);
                    }
                    stems.add(CzechStemmer.stem(w));
                    if (!w.isEmpty()) {
                        firstLetters.append(w.charAt(0));
                    }
                }
            }
        }

        /**
         * False when a word starting with {@code c} cannot match: stemming changes only a word's end,
         * so every match starts with the letter of a query word.
         */
        boolean mayMatch(char c) {
            if (c < 128) {
                return firstLetters.indexOf(String.valueOf(Character.toLowerCase(c))) >= 0;
            }
            String folded = SearchText.fold(String.valueOf(c));
            return !folded.isEmpty() && firstLetters.indexOf(folded.substring(0, 1)) >= 0;
        }

        boolean matches(String word) {
            if (exact.contains(word)) {
                return true;
            }
            for (String prefix : prefixes) {
                if (word.startsWith(prefix)) {
                    return true;
                }
            }
            return stems.contains(CzechStemmer.stem(word));
        }
    }
}
