package org.briefingdesk.logic.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.briefingdesk.model.RecordKind;

/**
 * A parsed search: every group must match (a group is one term, or terms joined by OR); excluded
 * terms must not; filters narrow by field, kind and date. {@code hints} name what could not be
 * understood and was left out. Built only by {@link SearchQueryParser}.
 */
public record SearchQuery(List<List<Term>> groups, List<Term> excluded, List<FieldFilter> filters,
                          Set<RecordKind> kinds, LocalDate from, LocalDate to, List<Hint> hints) {
    public SearchQuery {
        groups = List.copyOf(groups);
        excluded = List.copyOf(excluded);
        filters = List.copyOf(filters);
        kinds = Set.copyOf(kinds);
        hints = List.copyOf(hints);
    }

    /** Fields that a filter may name. */
    public enum Field { PERSON, COUNTRY, TOPIC, EVENT }

    /**
     * Folded words (one for a word, several for a phrase). {@code prefix} for the word being typed.
     */
    public record Term(List<String> words, boolean phrase, boolean prefix) {
        public Term {
            words = List.copyOf(words);
        }
    }

    public record FieldFilter(Field field, Term term) {
    }

    /** A part of the input that was not understood: its text and the bundle key of the reason. */
    public record Hint(String text, String key) {
    }

    /** True when nothing at all restricts the search: no words, filters, kinds or dates. */
    public boolean isEmpty() {
        return groups.isEmpty() && filters.isEmpty() && kinds.isEmpty() && from == null && to == null
                && excluded.isEmpty();
    }

    /** True when a filter narrows the search: a field ({@code kdo:} …), a kind ({@code typ:}) or a date. */
    public boolean isFiltered() {
        return !filters.isEmpty() || !kinds.isEmpty() || from != null || to != null;
    }

    /** True when there are words or field filters to look up in the index. */
    public boolean hasTextConditions() {
        return !groups.isEmpty() || !filters.isEmpty();
    }

    /** Every positive word, for highlighting. */
    public List<Term> positiveTerms() {
        List<Term> all = new ArrayList<>();
        groups.forEach(all::addAll);
        filters.forEach(f -> all.add(f.term()));
        return all;
    }
}
