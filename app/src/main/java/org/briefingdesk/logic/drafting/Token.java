package org.briefingdesk.logic.drafting;

import java.util.ArrayList;
import java.util.List;
import org.briefingdesk.logic.search.SearchText;

/** A word, a number or a punctuation mark of the release, with where it stands. */
record Token(String text, int start, int end, boolean word, String folded) {
    static final String APOSTROPHES = "'’´ʼ‘`";

    boolean number() {
        return !word && Character.isDigit(text.charAt(0));
    }

    boolean capitalized() {
        return word && Character.isUpperCase(text.charAt(0));
    }

    boolean is(String foldedWord) {
        return word && folded.equals(foldedWord);
    }

    boolean punctuation(char c) {
        return !word && text.length() == 1 && text.charAt(0) == c;
    }

    Span span() {
        return new Span(start, end);
    }

    /** The tokens of text[from, to): words keep inner apostrophes and hyphens ("O´Callaghan", "e-mail"). */
    static List<Token> of(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c)) {
                int end = i + 1;
                while (end < to && (Character.isLetter(text.charAt(end)) || inner(text, end, to))) {
                    end++;
                }
                String word = text.substring(i, end);
                tokens.add(new Token(word, i, end, true, SearchText.fold(word)));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i + 1;
                while (end < to && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(text.substring(i, end), i, end, false, text.substring(i, end)));
                i = end;
            } else {
                tokens.add(new Token(String.valueOf(c), i, i + 1, false, String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }

    /** An apostrophe or hyphen between two letters belongs to the word. */
    private static boolean inner(String text, int at, int to) {
        char c = text.charAt(at);
        boolean joiner = APOSTROPHES.indexOf(c) >= 0 || c == '-' || c == '\u2011';
        return joiner && at + 1 < to && Character.isLetter(text.charAt(at + 1))
                && Character.isLetter(text.charAt(at - 1));
    }

    /** The word with typographic apostrophes as the plain one: "O´Callaghan" → "O'Callaghan". */
    static String plainApostrophes(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            out.append(APOSTROPHES.indexOf(c) >= 0 ? '\'' : c);
        }
        return out.toString();
    }
}
