package org.briefingdesk.logic.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Country;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.model.Topic;

/**
 * Turns what a user typed ("cooperova", "Home Office", "GB", an id) into a {@link BriefingTarget}.
 * Names match without case and diacritics, including aliases and abbreviations; an unknown or
 * ambiguous name is a user error whose one line lists the candidates.
 */
public final class BriefingTargetResolver {
    private static final int MAX_LISTED = 6;

    private final RecordStore store;
    private final Localization l10n;

    /** {@code l10n} is the language of the error messages. */
    public BriefingTargetResolver(RecordStore store, Localization l10n) {
        this.store = store;
        this.l10n = l10n;
    }

    public BriefingTarget resolve(BriefingTarget.Kind kind, String typed) {
        String query = typed == null ? "" : typed.strip();
        switch (kind) {
            case PERSON:
                return BriefingTarget.person(pick(kind, query, store.people().findAll().stream()
                        .map(BriefingTargetResolver::candidate).toList()));
            case ORGANISATION:
                return BriefingTarget.organisation(pick(kind, query, store.organisations().findAll().stream()
                        .map(BriefingTargetResolver::candidate).toList()));
            case TOPIC:
                return BriefingTarget.topic(pick(kind, query, store.topics().findAll().stream()
                        .map(BriefingTargetResolver::candidate).toList()));
            case EVENT:
                return BriefingTarget.event(pick(kind, query, store.events().findAll().stream()
                        .map(BriefingTargetResolver::candidate).toList()));
            case COUNTRY:
                return BriefingTarget.country(country(query));
            default:
                throw new IllegalArgumentException("unknown target kind " + kind);
        }
    }

    private String country(String query) {
        Optional<Country> byCode = query.length() == 2 ? store.countries().findByCode(query) : Optional.empty();
        if (byCode.isPresent()) {
            return byCode.get().code();
        }
        List<NameMatcher.Candidate<String>> countries = store.countries().findAll().stream()
                .map(c -> new NameMatcher.Candidate<>(c.code(), c.name(l10n.locale()) + " (" + c.code() + ")",
                        List.of(c.nameCs(), c.nameEn())))
                .toList();
        return choose(BriefingTarget.Kind.COUNTRY, query, NameMatcher.match(query, countries), countries);
    }

    private UUID pick(BriefingTarget.Kind kind, String query, List<NameMatcher.Candidate<UUID>> candidates) {
        Optional<UUID> id = parseId(query);
        if (id.isPresent()) {
            return candidates.stream().map(NameMatcher.Candidate::value).filter(id.get()::equals).findFirst()
                    .orElseThrow(() -> new UserFacingException("briefing.error.unknownId", noun(kind), query));
        }
        return choose(kind, query, NameMatcher.match(query, candidates), candidates);
    }

    private <T> T choose(BriefingTarget.Kind kind, String query, List<NameMatcher.Candidate<T>> matches,
                         List<NameMatcher.Candidate<T>> all) {
        if (matches.size() == 1) {
            return matches.get(0).value();
        }
        if (matches.size() > 1) {
            throw new UserFacingException("briefing.error.ambiguous", noun(kind), query, list(matches));
        }
        List<NameMatcher.Candidate<T>> near = NameMatcher.near(query, all);
        if (near.isEmpty() && all.isEmpty()) {
            throw new UserFacingException("briefing.error.unknownNone", noun(kind), query);
        }
        throw new UserFacingException("briefing.error.unknown", noun(kind), query, list(near.isEmpty() ? all : near));
    }

    private String noun(BriefingTarget.Kind kind) {
        return l10n.get(kind.labelKey());
    }

    private static <T> String list(List<NameMatcher.Candidate<T>> candidates) {
        List<String> labels = new ArrayList<>(candidates.stream().map(NameMatcher.Candidate::label)
                .sorted(Comparator.naturalOrder()).limit(MAX_LISTED).toList());
        if (candidates.size() > MAX_LISTED) {
            labels.add("…");
        }
        return labels.stream().collect(Collectors.joining("; "));
    }

    private static Optional<UUID> parseId(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String withId(StoredRecord record, String name) {
        return name + " [" + record.id() + "]";
    }

    private static NameMatcher.Candidate<UUID> candidate(Person p) {
        List<String> names = new ArrayList<>(p.aliases());
        names.add(p.fullName());
        names.add(p.familyName());
        if (!p.honorific().isEmpty()) {
            names.add(p.honorific() + " " + p.fullName());
        }
        return new NameMatcher.Candidate<>(p.id(), withId(p, p.fullName()), names);
    }

    private static NameMatcher.Candidate<UUID> candidate(Organisation o) {
        return new NameMatcher.Candidate<>(o.id(), withId(o, o.name()), List.of(o.name(), o.abbreviation()));
    }

    private static NameMatcher.Candidate<UUID> candidate(Topic t) {
        return new NameMatcher.Candidate<>(t.id(), withId(t, t.name()), List.of(t.name(), t.nameEn()));
    }

    private static NameMatcher.Candidate<UUID> candidate(Event e) {
        return new NameMatcher.Candidate<>(e.id(), withId(e, e.title()), List.of(e.title()));
    }
}
