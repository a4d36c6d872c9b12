package org.briefingdesk.logic.drafting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.briefingdesk.model.Text;

/**
 * The function written right before a name, brought to the nominative: adjectives, the function noun and
 * what follows it up to the name ("německou spolkovou ministryní vnitra" → spolková ministryně vnitra,
 * DE; "ministryní vnitra Spojeného království" → ministryně vnitra, GB; "za Slovensko ministr vnitra" →
 * ministr vnitra, SK; "starosta Kolína" keeps Kolín in the title and is CZ).
 */
record FunctionPhrase(String title, String head, Gender gender, Set<Case> cases, String country, Span span) {
    private static final int MAX_WORDS = 10;
    private static final List<String> ADJECTIVE_ENDINGS = List.of("eho", "emu", "ym", "em", "im", "iho", "imu", "ou",
            "y", "a", "e", "i");

    /** The function ending right before {@code runStart}, or null when the name has none. */
    static FunctionPhrase before(List<Token> tokens, int runStart, String text) {
        int headAt = -1;
        for (int k = runStart - 1; k >= 0 && runStart - k <= MAX_WORDS; k--) {
            Token t = tokens.get(k);
            if (t.word() && Functions.get().head(t).isPresent()) {
                headAt = k;
                break;
            }
            if (!t.word() || Attribution.verb(t) != null || verbLike(t)) {
                break;
            }
        }
        if (headAt < 0) {
            return null;
        }
        Functions.Head head = Functions.get().head(tokens.get(headAt)).orElseThrow();
        Places places = Places.get();
        String country = null;
        int complementEnd = runStart;
        for (int i = headAt + 1; i < runStart; i++) {
            Optional<Places.Place> place = places.at(tokens, i);
            if (place.isPresent() && i + place.get().words() == runStart) {
                country = place.get().countryCode();
                if (!place.get().isCity()) {
                    complementEnd = i;
                }
                break;
            }
            if (country == null) {
                country = places.adjectiveCountry(tokens.get(i)).orElse(null);
            }
        }
        List<String> prefix = new ArrayList<>();
        int spanStart = tokens.get(headAt).start();
        for (int k = headAt - 1; k >= Math.max(0, headAt - 2); k--) {
            Token t = tokens.get(k);
            Optional<String> adjectiveCountry = places.adjectiveCountry(t);
            if (adjectiveCountry.isPresent()) {
                country = country == null ? adjectiveCountry.get() : country;
                spanStart = t.start();
            } else if (adjective(t) && !t.capitalized()) {
                prefix.add(0, Functions.adjective(t.text().toLowerCase(Locale.ROOT), head.gender()));
                spanStart = t.start();
            } else {
                break;
            }
        }
        if (country == null) {
            country = countryAfterZa(tokens, headAt);
        }
        StringBuilder title = new StringBuilder();
        prefix.forEach(p -> title.append(p).append(' '));
        title.append(head.nominative());
        if (complementEnd > headAt + 1) {
            title.append(' ').append(Text.oneLine(text.substring(tokens.get(headAt + 1).start(),
                    tokens.get(complementEnd - 1).end())));
        }
        Set<Case> cases = head.nominativeForm() ? EnumSet.of(Case.NOM)
                : EnumSet.of(Case.GEN, Case.DAT, Case.ACC, Case.LOC, Case.INS);
        return new FunctionPhrase(title.toString(), head.nominative(), head.gender(), cases, country,
                new Span(spanStart, tokens.get(runStart - 1).end()));
    }

    /** A past-tense verb ("jednal", "přivítala"): a function never runs across one. */
    private static boolean verbLike(Token t) {
        return t.folded().length() >= 5 && t.folded().matches(".*[aeiouy]l[aoiy]?") && !t.capitalized();
    }

    private static boolean adjective(Token t) {
        if (!t.word() || t.folded().length() < 5) {
            return false;
        }
        return ADJECTIVE_ENDINGS.stream().anyMatch(e -> t.folded().endsWith(e)) && !t.folded().endsWith("ani")
                && !t.folded().endsWith("eni");
    }

    /** "za Slovensko ministr vnitra …": the country a signatory acts for. */
    private static String countryAfterZa(List<Token> tokens, int headAt) {
        for (int k = headAt - 1; k >= Math.max(0, headAt - 5); k--) {
            if (!tokens.get(k).word()) {
                return null;
            }
            if (tokens.get(k).is("za")) {
                return Places.get().at(tokens, k + 1).filter(p -> !p.isCity()).map(Places.Place::countryCode)
                        .orElse(null);
            }
        }
        return null;
    }
}
