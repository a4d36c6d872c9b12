package org.briefingdesk.logic.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefingdesk.logic.DateParser;
import org.briefingdesk.model.RecordKind;

/**
 * Turns whatever the user typed into a {@link SearchQuery}. It never throws: a part it cannot
 * understand becomes a hint and the rest is still searched. The language (PRODUCT.md): words all
 * match ({@code A}/{@code AND} may join them), {@code "phrase"}, {@code -word}, {@code a OR b} or
 * {@code a NEBO b} (operators in any case), {@code kdo:}/{@code person:},
 * {@code země:}/{@code country:}, {@code téma:}/{@code topic:}, {@code akce:}/{@code event:},
 * {@code typ:}/{@code type:}, {@code od:}/{@code from:}, {@code do:}/{@code to:}.
 */
public final class SearchQueryParser {
    /** Longer input is cut: no real query is this long, and it keeps the index query bounded. */
    public static final int MAX_INPUT = 1_000;
    /**
     * The word being typed counts as a prefix from three letters on: "m" or "mi" would match most of
     * a record base of years and cost a third of a second each keystroke, for nothing a user wants.
     */
    public static final int MIN_PREFIX = 3;
    /** More words than this add nothing but cost. */
    public static final int MAX_TERMS = 32;

    /** Joins the terms either side into one group; folded, so "Nebo" and "or" count too. */
    private static final Set<String> OR_WORDS = Set.of("or", "nebo");
    /** Says what words do anyway (all must match): dropped rather than searched for. */
    private static final Set<String> AND_WORDS = Set.of("a", "and");
    private static final Map<String, SearchQuery.Field> FIELDS = Map.of(
            "kdo", SearchQuery.Field.PERSON, "person", SearchQuery.Field.PERSON, "osoba", SearchQuery.Field.PERSON,
            "zeme", SearchQuery.Field.COUNTRY, "country", SearchQuery.Field.COUNTRY,
            "tema", SearchQuery.Field.TOPIC, "topic", SearchQuery.Field.TOPIC,
            "akce", SearchQuery.Field.EVENT, "event", SearchQuery.Field.EVENT);
    private static final Map<String, RecordKind> KINDS = Map.ofEntries(
            Map.entry("akce", RecordKind.EVENT), Map.entry("event", RecordKind.EVENT),
            Map.entry("osoba", RecordKind.PERSON), Map.entry("osoby", RecordKind.PERSON),
            Map.entry("person", RecordKind.PERSON), Map.entry("people", RecordKind.PERSON),
            Map.entry("organizace", RecordKind.ORGANISATION), Map.entry("organisation", RecordKind.ORGANISATION),
            Map.entry("organization", RecordKind.ORGANISATION),
            Map.entry("zprava", RecordKind.REPORT), Map.entry("zpravy", RecordKind.REPORT),
            Map.entry("report", RecordKind.REPORT),
            Map.entry("vyrok", RecordKind.STATEMENT), Map.entry("vyroky", RecordKind.STATEMENT),
            Map.entry("statement", RecordKind.STATEMENT),
            Map.entry("zavazek", RecordKind.COMMITMENT), Map.entry("zavazky", RecordKind.COMMITMENT),
            Map.entry("commitment", RecordKind.COMMITMENT),
            Map.entry("tema", RecordKind.TOPIC), Map.entry("temata", RecordKind.TOPIC),
            Map.entry("topic", RecordKind.TOPIC));

    private SearchQueryParser() {
    }

    /** A token of the input: its text, and whether it was quoted, negated or followed by OR. */
    private record Token(String text, boolean quoted, boolean negated, int quoteStart) {
        /** The position of a field name's colon ("kdo:..."), or -1; a colon inside quotes does not count. */
        int colon() {
            int colon = text.indexOf(':');
            return colon > 0 && (quoteStart < 0 || colon < quoteStart) ? colon : -1;
        }
    }

    /** The record kind a {@code typ:} value names, in Czech or English, singular or plural, any case or accents. */
    public static Optional<RecordKind> kindNamed(String name) {
        return Optional.ofNullable(name == null ? null : KINDS.get(SearchText.fold(name).strip()));
    }

    public static SearchQuery parse(String input) {
        String text = input == null ? "" : SearchText.unifyTypography(input);
        List<SearchQuery.Hint> hints = new ArrayList<>();
        if (text.length() > MAX_INPUT) {
            hints.add(new SearchQuery.Hint(text.substring(MAX_INPUT, Math.min(text.length(), MAX_INPUT + 20)) + "…",
                    "search.hint.tooLong"));
            text = text.substring(0, MAX_INPUT);
        }
        boolean typingLastWord = !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))
                && text.charAt(text.length() - 1) != '"';
        List<Token> tokens = tokenize(text, hints);

        List<List<SearchQuery.Term>> groups = new ArrayList<>();
        List<SearchQuery.Term> excluded = new ArrayList<>();
        List<SearchQuery.FieldFilter> filters = new ArrayList<>();
        Set<RecordKind> kinds = EnumSet.noneOf(RecordKind.class);
        LocalDate from = null;
        LocalDate to = null;
        boolean orPending = false;
        int termCount = 0;

        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            if (!token.quoted() && !token.negated() && OR_WORDS.contains(SearchText.fold(token.text()))) {
                orPending = !groups.isEmpty();
                continue;
            }
            if (!token.quoted() && !token.negated() && AND_WORDS.contains(SearchText.fold(token.text()))) {
                continue; // words all match anyway
            }
            int colon = token.colon();
            if (colon > 0) {
                String name = SearchText.fold(token.text().substring(0, colon));
                String value = token.text().substring(colon + 1);
                if (name.equals("typ") || name.equals("type")) {
                    RecordKind kind = KINDS.get(SearchText.fold(value).strip());
                    if (kind == null) {
                        hints.add(new SearchQuery.Hint(token.text(), "search.hint.unknownType"));
                    } else {
                        kinds.add(kind);
                    }
                    continue;
                }
                if (name.equals("od") || name.equals("from") || name.equals("do") || name.equals("to")) {
                    Optional<LocalDate> date = DateParser.parse(value);
                    // "od:31. 3. 2025" and "od:31. března 2025" span up to two more tokens.
                    for (int extra = 1; date.isEmpty() && extra <= 2 && i + extra < tokens.size(); extra++) {
                        StringBuilder joined = new StringBuilder(value);
                        for (int k = 1; k <= extra; k++) {
                            joined.append(' ').append(tokens.get(i + k).text());
                        }
                        date = DateParser.parse(joined.toString());
                        if (date.isPresent()) {
                            i += extra;
                        }
                    }
                    if (date.isEmpty()) {
                        hints.add(new SearchQuery.Hint(token.text(), "search.hint.badDate"));
                    } else if (name.equals("od") || name.equals("from")) {
                        from = date.get();
                    } else {
                        to = date.get();
                    }
                    continue;
                }
                SearchQuery.Field field = FIELDS.get(name);
                if (field != null) {
                    Optional<SearchQuery.Term> term = term(value, token.quoted() || value.contains(" "), false);
                    if (term.isEmpty()) {
                        hints.add(new SearchQuery.Hint(token.text(), "search.hint.emptyFilter"));
                    } else if (termCount++ < MAX_TERMS) {
                        filters.add(new SearchQuery.FieldFilter(field, term.get()));
                    }
                    continue;
                }
                if (name.chars().allMatch(Character::isLetter)) {
                    hints.add(new SearchQuery.Hint(token.text().substring(0, colon + 1), "search.hint.unknownField"));
                    token = new Token(value, token.quoted(), token.negated(), -1);
                }
            }
            boolean prefix = last && typingLastWord && !token.quoted() && !token.negated();
            Optional<SearchQuery.Term> term = term(token.text(), token.quoted(), prefix);
            if (term.isEmpty()) {
                if (!token.text().isBlank() && !token.text().chars().allMatch(c -> c == '-' || c == '*')) {
                    hints.add(new SearchQuery.Hint(token.text(), "search.hint.ignored"));
                }
                continue;
            }
            if (termCount++ >= MAX_TERMS) {
                hints.add(new SearchQuery.Hint(token.text(), "search.hint.tooManyWords"));
                continue;
            }
            if (token.negated()) {
                excluded.add(term.get());
            } else if (orPending) {
                groups.get(groups.size() - 1).add(term.get());
            } else {
                groups.add(new ArrayList<>(List.of(term.get())));
            }
            orPending = false;
        }
        // A query of several unquoted words: each is its own group (all must match).
        return new SearchQuery(groups.stream().map(List::copyOf).toList(), excluded, filters, kinds, from, to, hints);
    }

    /** A term from raw text: its folded words; a phrase when quoted and of several words. */
    private static Optional<SearchQuery.Term> term(String raw, boolean quoted, boolean prefix) {
        List<String> words = SearchText.words(raw);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        boolean asPrefix = prefix && words.size() == 1 && words.get(0).length() >= MIN_PREFIX;
        return Optional.of(new SearchQuery.Term(words, quoted || words.size() > 1, asPrefix));
    }

    /** Splits at white space; "quoted text" is one token (an unbalanced quote runs to the end). */
    private static List<Token> tokenize(String text, List<SearchQuery.Hint> hints) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                negated = true;
                i++;
            }
            int start = i;
            StringBuilder word = new StringBuilder();
            boolean quoted = false;
            int quoteStart = -1;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                char ch = text.charAt(i);
                if (ch == '"') {
                    int close = text.indexOf('"', i + 1);
                    if (close < 0) {
                        hints.add(new SearchQuery.Hint(text.substring(i), "search.hint.unclosedQuote"));
                        close = n;
                    }
                    if (quoteStart < 0) {
                        quoteStart = word.length();
                    }
                    word.append(text, i + 1, close);
                    quoted = true;
                    i = Math.min(close + 1, n);
                    continue;
                }
                word.append(ch);
                i++;
            }
            if (word.length() > 0 || i > start) {
                tokens.add(new Token(word.toString(), quoted, negated, quoteStart));
            }
        }
        return tokens;
    }
}
