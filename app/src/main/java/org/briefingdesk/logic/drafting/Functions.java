package org.briefingdesk.logic.drafting;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefingdesk.logic.search.SearchText;

/** The nouns of functions ({@code functions.tsv}) in their singular forms: "ministrem" is ministr, masculine. */
final class Functions {
    /** A function noun as written: its nominative, gender (null for "mluvčí"), and whether it is the nominative. */
    record Head(String nominative, Gender gender, boolean nominativeForm) {
    }

    private static final Functions INSTANCE = new Functions();
    /** Heads of functions that belong to no country: the EU's commissioners. */
    private static final Set<String> INTERNATIONAL = Set.of("eurokomisar", "eurokomisarka", "komisar", "komisarka",
            "europoslanec", "europoslankyne");
    private final Map<String, Head> byForm = new HashMap<>();

    private Functions() {
        for (String[] row : Tables.read("functions.tsv", "\t")) {
            Gender gender = switch (row[1]) {
                case "M" -> Gender.MASCULINE;
                case "F" -> Gender.FEMININE;
                default -> null;
            };
            byForm.put(SearchText.fold(row[0]), new Head(row[0], gender, true));
            if (row.length > 2 && !row[2].isBlank()) {
                for (String form : row[2].split("\\|")) {
                    byForm.putIfAbsent(SearchText.fold(form), new Head(row[0], gender, false));
                }
            }
        }
    }

    static Functions get() {
        return INSTANCE;
    }

    Optional<Head> head(Token token) {
        return token.word() ? Optional.ofNullable(byForm.get(token.folded())) : Optional.empty();
    }

    static boolean international(String nominative) {
        return INTERNATIONAL.contains(SearchText.fold(nominative));
    }

    /** An adjective in a function, in the head's gender: "spolkovou" → spolková, "státním" → státní. */
    static String adjective(String word, Gender gender) {
        String[][] soft = {{"ího", "í"}, {"ímu", "í"}, {"ím", "í"}, {"í", "í"}};
        for (String[] e : soft) {
            if (word.endsWith(e[0])) {
                return word.substring(0, word.length() - e[0].length()) + e[1];
            }
        }
        String[][] hard = gender == Gender.FEMININE
                ? new String[][] {{"ou", "á"}, {"é", "á"}, {"á", "á"}}
                : new String[][] {{"ého", "ý"}, {"ému", "ý"}, {"ým", "ý"}, {"ém", "ý"}, {"ý", "ý"}};
        for (String[] e : hard) {
            if (word.endsWith(e[0])) {
                return word.substring(0, word.length() - e[0].length()) + e[1];
            }
        }
        return word;
    }
}
