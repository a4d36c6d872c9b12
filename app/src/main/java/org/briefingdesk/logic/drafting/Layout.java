package org.briefingdesk.logic.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingdesk.model.Text;

/**
 * How a release is laid out: its headline (a first line without closing punctuation), a dateline
 * ("Praha, 12. června 2024"), headings ("Další jednání") and sentences. Hard line breaks inside a
 * paragraph are not sentence ends; a full stop after an abbreviation, an initial or an ordinal before
 * a small letter is not either.
 */
final class Layout {
    private static final int MAX_HEADLINE = 200;
    private static final int MAX_HEADING = 40;
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:[\\p{Lu}][\\p{L} ]{1,30},?\\s+)?\\d{1,2}\\.\\s*(?:\\d{1,2}\\.|\\p{L}+)\\s*\\d{4}\\s*[–-]?$");
    private static final Set<String> ABBREVIATIONS = Set.of("tzv", "např", "mj", "tj", "resp", "č", "s", "odst",
            "ing", "mgr", "judr", "phdr", "bc", "mudr", "doc", "prof", "atd", "apod", "min", "gen", "plk", "mjr", "kpt",
            "p", "st", "sv", "str", "popř", "aj", "mld", "mil", "tis", "hod", "cca", "srov", "viz", "dr", "pplk",
            "genmjr", "brig", "ml", "nám", "ul", "tel");
    private static final String CLOSERS = "“”\"»«')]’";
    private static final String OPENERS = "„\"»«“(";

    final List<Sentence> sentences = new ArrayList<>();
    Span headline;
    Span dateline;

    private Layout() {
    }

    /** The sentences of a stretch of text (a quotation), without headlines or headings. */
    static Layout of(String text, Span region) {
        Layout layout = new Layout();
        int start = region.start();
        while (start < region.end() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start < region.end()) {
            layout.split(text, start, region.end(), 0);
        }
        return layout;
    }

    Layout(String text) {
        int paragraph = 0;
        int lineStart = 0;
        List<int[]> block = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                String line = text.substring(lineStart, i);
                if (line.isBlank()) {
                    if (!block.isEmpty()) {
                        addBlock(text, block, paragraph++);
                        block.clear();
                    }
                } else {
                    int s = lineStart + (line.length() - line.stripLeading().length());
                    int e = lineStart + line.stripTrailing().length();
                    String stripped = text.substring(s, e);
                    if (first && isHeadline(stripped, text, i + 1)) {
                        headline = new Span(s, e);
                        sentences.add(new Sentence(headline, true, paragraph++));
                    } else if (dateline == null && sentences.size() <= 1 && block.isEmpty()
                            && DATELINE.matcher(stripped).matches()) {
                        dateline = new Span(s, e);
                    } else {
                        block.add(new int[] {s, e});
                    }
                    first = false;
                }
                lineStart = i + 1;
            }
        }
        if (!block.isEmpty()) {
            addBlock(text, block, paragraph);
        }
    }

    /** A first line without closing punctuation, followed by a blank line or a dateline. */
    private static boolean isHeadline(String line, String text, int next) {
        if (line.length() > MAX_HEADLINE || endsLikeSentence(line) || next >= text.length()
                || DATELINE.matcher(line).matches()) {
            return false;
        }
        int end = text.indexOf('\n', next);
        String following = text.substring(next, end < 0 ? text.length() : end).strip();
        return following.isEmpty() || DATELINE.matcher(following).matches();
    }

    private static boolean endsLikeSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return ".!?:;,…".indexOf(last) >= 0 || CLOSERS.indexOf(last) >= 0;
    }

    /** A block of lines: headings (short lines without closing punctuation) and the sentences between. */
    private void addBlock(String text, List<int[]> lines, int paragraph) {
        int regionStart = -1;
        int regionEnd = -1;
        for (int k = 0; k < lines.size(); k++) {
            int[] line = lines.get(k);
            String s = text.substring(line[0], line[1]);
            boolean heading = k + 1 < lines.size() && s.length() <= MAX_HEADING && !endsLikeSentence(s)
                    && regionStart < 0 && Character.isUpperCase(text.charAt(lines.get(k + 1)[0]));
            if (heading) {
                sentences.add(new Sentence(new Span(line[0], line[1]), true, paragraph));
            } else {
                if (regionStart < 0) {
                    regionStart = line[0];
                }
                regionEnd = line[1];
            }
        }
        if (regionStart >= 0) {
            split(text, regionStart, regionEnd, paragraph);
        }
    }

    private void split(String text, int from, int to, int paragraph) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int j = i + 1;
            while (j < to && CLOSERS.indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            if (j >= to) {
                break;
            }
            if (!Character.isWhitespace(text.charAt(j))) {
                continue;
            }
            int k = j;
            while (k < to && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            char next = text.charAt(k);
            boolean opens = Character.isUpperCase(next) || OPENERS.indexOf(next) >= 0;
            if (!opens || (c == '.' && j == i + 1 && abbreviationBefore(text, i, from))) {
                continue;
            }
            sentences.add(new Sentence(new Span(start, j), false, paragraph));
            start = k;
            i = k - 1;
        }
        if (start < to) {
            sentences.add(new Sentence(new Span(start, to), false, paragraph));
        }
    }

    /** An abbreviation ("tzv.") or an initial ("J.") before the full stop. */
    private static boolean abbreviationBefore(String text, int dot, int from) {
        int w = dot;
        while (w > from && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, dot);
        if (word.isEmpty()) {
            return false;
        }
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The text of a span with line breaks undone. */
    static String oneLine(String text, Span span) {
        return Text.oneLine(span.of(text));
    }

    static Matcher dateline(String line) {
        return DATELINE.matcher(line);
    }
}
