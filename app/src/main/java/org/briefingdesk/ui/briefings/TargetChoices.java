package org.briefingdesk.ui.briefings;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefingdesk.logic.briefing.BriefingTarget;
import org.briefingdesk.logic.records.Choice;
import org.briefingdesk.logic.records.ChoiceCatalog;
import org.briefingdesk.logic.records.DisplayFormat;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Event;

/**
 * What the target field offers for each kind, read once off the FX thread: people (found by aliases too),
 * countries (Czech or English name, code), organisations (abbreviation), topics (both languages) and
 * events, the upcoming ones first (soonest first), then the past ones (latest first).
 */
record TargetChoices(Map<BriefingTarget.Kind, List<Choice>> byKind) {
    static final TargetChoices NONE = new TargetChoices(Map.of());

    TargetChoices {
        byKind = Map.copyOf(byKind);
    }

    static TargetChoices read(RecordStore store, Locale locale, LocalDate today) {
        ChoiceCatalog catalog = ChoiceCatalog.read(store, locale);
        Map<BriefingTarget.Kind, List<Choice>> byKind = new EnumMap<>(BriefingTarget.Kind.class);
        byKind.put(BriefingTarget.Kind.PERSON, catalog.people());
        byKind.put(BriefingTarget.Kind.COUNTRY, catalog.countries());
        byKind.put(BriefingTarget.Kind.ORGANISATION, catalog.organisations());
        byKind.put(BriefingTarget.Kind.TOPIC, catalog.topics());
        byKind.put(BriefingTarget.Kind.EVENT, events(store.events().findAll(), today, locale));
        return new TargetChoices(byKind);
    }

    List<Choice> of(BriefingTarget.Kind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /**
     * "Border Security Summit (31. 3. 2025)", in English "(31 Mar 2025)": upcoming soonest first, then past
     * latest first.
     */
    static List<Choice> events(List<Event> events, LocalDate today, Locale locale) {
        Comparator<Event> upcomingFirst = Comparator.comparing((Event e) -> isPast(e, today))
                .thenComparing(e -> isPast(e, today) ? -day(e) : day(e));
        return events.stream().sorted(upcomingFirst).map(e -> Choice.of(e.id(),
                e.startDate() == null ? e.title() : e.title() + " (" + DisplayFormat.date(locale, e.startDate()) + ")",
                e.city())).toList();
    }

    /** The name without a trailing "(GB)" or "(31. 3. 2025)": for file names. */
    static String plainName(Choice choice) {
        return choice.label().replaceAll("\\s*\\([^)]*\\)$", "").strip();
    }

    private static boolean isPast(Event e, LocalDate today) {
        LocalDate end = e.endDate() != null ? e.endDate() : e.startDate();
        return end == null || end.isBefore(today);
    }

    private static long day(Event e) {
        return e.startDate() == null ? Long.MIN_VALUE / 2 : e.startDate().toEpochDay();
    }
}
