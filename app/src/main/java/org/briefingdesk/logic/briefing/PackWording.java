package org.briefingdesk.logic.briefing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.DisplayFormat;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.Source;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.Topic;

/** How a pack names things in its language: people with roles, topics, dates, attributions. */
final class PackWording {
    private final Localization l10n;
    private final DisplayFormat format;
    private final RecordLookup lookup;
    private final Map<String, String> countries = new HashMap<>();

    PackWording(Localization l10n, DisplayFormat format, RecordLookup lookup) {
        this.l10n = l10n;
        this.format = format;
        this.lookup = lookup;
    }

    String get(String key, Object... args) {
        return l10n.get(key, args);
    }

    String of(Enum<?> value) {
        return l10n.of(value);
    }

    String date(LocalDate date) {
        return format.date(date);
    }

    String dateRange(LocalDate start, LocalDate end) {
        return format.dateRange(start, end);
    }

    /** Country names come from the store: each is asked for once per pack. */
    String country(String code) {
        return code == null ? "" : countries.computeIfAbsent(code, format::country);
    }

    /** "cs" or "en": the pack's language. */
    String language() {
        return l10n.locale().getLanguage();
    }

    RecordLookup lookup() {
        return lookup;
    }

    /** The topic's name in the pack's language (Czech when it has no English one). */
    String topic(Topic topic) {
        boolean english = "en".equals(l10n.locale().getLanguage());
        return english && !topic.nameEn().isEmpty() ? topic.nameEn() : topic.name();
    }

    Optional<String> topic(UUID id) {
        return lookup.topic(id).map(this::topic);
    }

    String topics(Collection<UUID> ids) {
        return ids.stream().map(this::topic).flatMap(Optional::stream).collect(Collectors.joining(", "));
    }

    String person(UUID id) {
        return lookup.person(id).map(Person::fullName).orElse("—");
    }

    /** "ministryně vnitra, Home Office (od 5. 7. 2024)". */
    String role(Role role) {
        String where = lookup.organisation(role.organisationId()).map(RecordLabels::label).orElse("");
        String span = role.from() == null && role.to() == null ? ""
                : role.to() == null ? get("detail.value.from", date(role.from()))
                : role.from() == null ? get("detail.value.to", date(role.to()))
                : dateRange(role.from(), role.to());
        return role.title() + (where.isEmpty() ? "" : ", " + where) + (span.isEmpty() ? "" : " (" + span + ")");
    }

    /** The person with the role they held on the date: "Vít Rakušan (ministr vnitra)". */
    String personWithRole(Person person, LocalDate on) {
        return person.roleOn(on).map(r -> person.fullName() + " (" + r.title() + ")").orElse(person.fullName());
    }

    /** "Vít Rakušan — vedoucí delegace" for each participant the filter lets through. */
    List<String> participants(Event event, boolean ours, OurSide side) {
        return event.participants().stream().filter(p -> side.includes(p) == ours)
                .map(p -> lookup.person(p.personId())
                        .map(person -> personWithRole(person,
                                        event.startDate() == null ? LocalDate.now() : event.startDate())
                                + " — " + of(p.role())))
                .flatMap(Optional::stream).toList();
    }

    /** "Vít Rakušan, Border Security Summit, 31. 3. 2025; zdroj: Tisková zpráva …". */
    String attribution(Statement statement) {
        StringBuilder out = new StringBuilder(person(statement.speakerId()));
        lookup.event(statement.eventId()).ifPresent(e -> out.append(", ").append(e.title()));
        if (statement.date() != null) {
            out.append(", ").append(date(statement.date()));
        }
        String sources = sources(statement.sources());
        if (!sources.isEmpty()) {
            out.append("; ").append(get("briefing.label.sourceInline", sources));
        }
        return out.toString();
    }

    String sources(List<Source> sources) {
        return sources.stream().map(PackWording::source).collect(Collectors.joining("; "));
    }

    static String source(Source s) {
        return s.url().isEmpty() ? s.title() : s.title().isEmpty() ? s.url() : s.title() + " — " + s.url();
    }
}
