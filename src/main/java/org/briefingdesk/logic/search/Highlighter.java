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

    private Highlighter() {
    }

    static List<SearchHit.Span> snippet(String text, List<SearchQuery.Term> terms) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        List<int[]> matches = matches(oneLine, terms);
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

    /** Start and end of every word in {@code text} that matches one of the terms' words. */
    private static List<int[]> matches(String text, List<SearchQuery.Term> terms) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            String word = SearchText.fold(text.substring(start, i));
            if (matchesAny(word, terms)) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    private static boolean matchesAny(String word, List<SearchQuery.Term> terms) {
        for (SearchQuery.Term term : terms) {
            for (String w : term.words()) {
                if (word.equals(w) || (term.prefix() && word.startsWith(w))
                        || CzechStemmer.stem(word).equals(CzechStemmer.stem(w))) {
                    return true;
                }
            }
        }
        return false;
    }
}
