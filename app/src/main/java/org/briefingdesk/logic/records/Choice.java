package org.briefingdesk.logic.records;

import java.util.UUID;
import org.briefingdesk.logic.search.SearchText;

/**
 * Something a form field can link to: a record (key = its id) or a country (key = its code), the label
 * the field shows, and the words it can be found by (aliases, abbreviation, the other language's name).
 */
public record Choice(String key, String label, String searchTerms) {
    public Choice {
        label = label == null ? "" : label;
        searchTerms = SearchText.fold(SearchText.unifyTypography(label + " "
                + (searchTerms == null ? "" : searchTerms)));
    }

    public static Choice of(UUID id, String label, String searchTerms) {
        return new Choice(id.toString(), label, searchTerms);
    }

    public UUID id() {
        return UUID.fromString(key);
    }

    /** True when every word typed occurs in the label or search terms, ignoring case and diacritics. */
    public boolean matches(String typed) {
        for (String word : SearchText.words(typed == null ? "" : typed)) {
            if (!searchTerms.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How well the choice answers what was typed, best first: 0 the name itself ("Irsko" for Irsko (IE)),
     * 1 a name that starts with it, 2 every word typed starts a word of the choice, 3 the words occur
     * somewhere inside ("irsko" in "Alžírsko").
     */
    public int rank(String typed) {
        String folded = String.join(" ", SearchText.words(typed == null ? "" : typed));
        String name = String.join(" ", SearchText.words(label.replaceAll("\\s*\\([^)]*\\)$", "")));
        if (name.equals(folded)) {
            return 0;
        }
        if (name.startsWith(folded)) {
            return 1;
        }
        String words = " " + searchTerms.replaceAll("[^\\p{L}\\p{N}]+", " ");
        for (String word : SearchText.words(folded)) {
            if (!words.contains(" " + word)) {
                return 3;
            }
        }
        return 2;
    }

    @Override
    public String toString() {
        return label;
    }
}
