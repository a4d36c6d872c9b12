package org.briefingdesk.logic.search;

import java.util.ArrayList;
import java.util.List;
import org.briefingdesk.model.Text;

/**
 * Cuts a snippet around the first matching word and marks every word that matches the query,
 * exactly, as the prefix being typed, or by its stem ("Londýně" for "Londýn").
 */
final class Highlighter {
    private static final int CONTEXT_BEFORE = 60;
    private static final int LENGTH = 200;
    /** The raw text cut around the first match before white space is folded: ample for the snippet. */
    private static final int REGION_BEFORE = 4 * CONTEXT_BEFORE;
    private static final int REGION_AFTER = 4 * LENGTH;

    private final Words words;

    /** A highlighter for one query: its words' stems are worked out once, not per hit. */
    Highlighter(List<SearchQuery.Term> terms) {
        this.words = new Words(terms);
    }

    List<SearchHit.Span> snippet(String text) {
        // Only the stretch around the first match is ever shown: find that match with a cheap scan,
        // then cut and mark just that stretch (a report's body runs to tens of thousands of characters).
        int first = firstMatch(text, words);
        int from = first > REGION_BEFORE ? whiteSpaceBefore(text, first - REGION_BEFORE) + 1 : 0;
        int to = Math.max(first, 0) + REGION_AFTER;
        to = to < text.length() ? whiteSpaceFrom(text, to) : text.length();
        return snippetOf(Text.oneLine(text.substring(from, to)), !isBlank(text, 0, from),
                !isBlank(text, to, text.length()));
    }

    private static int whiteSpaceBefore(String text, int index) {
        int i = index;
        while (i >= 0 && !Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    private static int whiteSpaceFrom(String text, int index) {
        int i = index;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A short text (a title) whole, its lines joined by " · ", with every word that matches marked. */
    List<SearchHit.Span> marked(String text) {
        String oneLine = Text.oneLine(text.replace("\n", " · "));
        List<SearchHit.Span> spans = new ArrayList<>();
        int pos = 0;
        for (int[] m : matches(oneLine, words, Integer.MAX_VALUE)) {
            if (m[0] > pos) {
                spans.add(new SearchHit.Span(oneLine.substring(pos, m[0]), false));
            }
            spans.add(new SearchHit.Span(oneLine.substring(m[0], m[1]), true));
            pos = m[1];
        }
        if (pos < oneLine.length()) {
            spans.add(new SearchHit.Span(oneLine.substring(pos), false));
        }
        return spans;
    }

    private List<SearchHit.Span> snippetOf(String oneLine, boolean cutBefore, boolean cutAfter) {
        List<int[]> matches = matches(oneLine, words, Integer.MAX_VALUE);
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
        if (start > 0 || cutBefore) {
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
        if (end < oneLine.length() || cutAfter) {
            spans.add(new SearchHit.Span("…", false));
        }
        return spans;
    }

    /** Where the first matching word of {@code text} starts, or -1. */
    private static int firstMatch(String text, Words words) {
        List<int[]> first = matches(text, words, 1);
        return first.isEmpty() ? -1 : first.get(0)[0];
    }

    /**
     * Start and end of the words in {@code text} that match one of the query's words, at most
     * {@code max}, up to the end of the snippet the first match opens.
     */
    private static List<int[]> matches(String text, Words words, int max) {
        List<int[]> out = new ArrayList<>();
        int stop = text.length();
        int i = 0;
        while (i < stop && out.size() < max) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (words.mayMatch(text, start, i) && words.matches(SearchText.fold(text.substring(start, i)))) {
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
        /** Each stem without its last two letters: what stemming leaves unchanged at the start of a match. */
        private final List<String> stemHeads = new ArrayList<>();
        /** Pairs of characters: the first two letters every match of a query word starts with (0: any second). */
        private final StringBuilder beginnings = new StringBuilder();

        Words(List<SearchQuery.Term> terms) {
            for (SearchQuery.Term term : terms) {
                for (String w : term.words()) {
                    exact.add(w);
                    if (term.prefix()) {
                        prefixes.add(w);
                    }
                    String stem = CzechStemmer.stem(w);
                    stems.add(stem);
                    stemHeads.add(stem.substring(0, Math.max(0, stem.length() - 2)));
                    if (!w.isEmpty()) {
                        // Stemming rewrites at most the last two letters of what it keeps, so a word
                        // whose stem has five letters shares its first two with every match.
                        beginnings.append(w.charAt(0))
                                .append(stem.length() >= 5 && w.length() > 1 ? w.charAt(1) : (char) 0);
                    }
                }
            }
        }

        /**
         * False when the word {@code text[start, end)} cannot match, told from its first two letters
         * without building the folded word: stemming changes only a word's end, and every query word
         * the word, prefix or (long) stem of a match has its first two letters in common with it.
         */
        boolean mayMatch(String text, int start, int end) {
            char first = SearchText.foldedChar(text.charAt(start));
            char second = end - start > 1 ? SearchText.foldedChar(text.charAt(start + 1)) : 0;
            if (first == 0 || second == 0 && end - start > 1) {
                return true; // a letter outside the table: let the full comparison decide
            }
            for (int i = 0; i < beginnings.length(); i += 2) {
                if (beginnings.charAt(i) == first
                        && (beginnings.charAt(i + 1) == 0 || beginnings.charAt(i + 1) == second)) {
                    return true;
                }
            }
            return false;
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
            for (String head : stemHeads) {
                if (word.startsWith(head)) {
                    return stems.contains(CzechStemmer.stem(word)); // stemmed only when it can match
                }
            }
            return false;
        }
    }
}
