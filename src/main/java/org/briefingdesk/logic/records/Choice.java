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
        searchTerms = SearchText.fold(SearchText.unifyTypography(label + " " + (searchTerms == null ? "" : searchTerms)));
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

    @Override
    public String toString() {
        return label;
    }
}
