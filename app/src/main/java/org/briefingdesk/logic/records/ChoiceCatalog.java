package org.briefingdesk.logic.records;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Country;

/**
 * What a form's link fields offer, read from the store once when a form opens (off the FX thread),
 * sorted by the user's collation.
 */
public record ChoiceCatalog(List<Choice> people, List<Choice> organisations, List<Choice> events,
                            List<Choice> statements, List<Choice> topics, List<Choice> countries) {
    public static final ChoiceCatalog EMPTY = new ChoiceCatalog(List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());

    public static ChoiceCatalog read(RecordStore store, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Comparator<Choice> order = Comparator.comparing(Choice::label, Collator.getInstance(locale));
        return new ChoiceCatalog(
                sorted(store.people().findAll().stream()
                        .map(p -> Choice.of(p.id(), RecordLabels.label(p), String.join(" ", p.aliases())))
                        .toList(), order),
                sorted(store.organisations().findAll().stream()
                        .map(o -> Choice.of(o.id(), RecordLabels.label(o), o.abbreviation())).toList(), order),
                sorted(store.events().findAll().stream()
                        .map(e -> Choice.of(e.id(), e.title(), e.city())).toList(), order),
                sorted(store.statements().findAll().stream()
                        .map(s -> Choice.of(s.id(), RecordLabels.label(s), s.translation())).toList(), order),
                sorted(store.topics().findAll().stream()
                        .map(t -> Choice.of(t.id(), english && !t.nameEn().isEmpty() ? t.nameEn() : t.name(),
                                english ? t.name() : t.nameEn())).toList(), order),
                sorted(store.countries().findAll().stream()
                        .map(c -> country(c, english)).toList(), order));
    }

    /** "Spojené království (GB)", found by its Czech or English name or its code. */
    static Choice country(Country c, boolean english) {
        String name = english ? c.nameEn() : c.nameCs();
        return new Choice(c.code(), name + " (" + c.code() + ")", (english ? c.nameCs() : c.nameEn()));
    }

    private static List<Choice> sorted(List<Choice> choices, Comparator<Choice> order) {
        return choices.stream().sorted(order).toList();
    }
}
