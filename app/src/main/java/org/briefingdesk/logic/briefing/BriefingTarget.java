package org.briefingdesk.logic.briefing;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Whom or what a briefing is for: a person, a country (ISO code), an organisation, a topic, or an
 * event (which brings in its participants). Resolve names with {@link BriefingTargetResolver}.
 */
public record BriefingTarget(Kind kind, UUID id, String countryCode) {

    public enum Kind {
        PERSON, COUNTRY, ORGANISATION, TOPIC, EVENT;

        /** The bundle key of the kind's name ("osoba", "person"). */
        public String labelKey() {
            switch (this) {
                case PERSON:
                    return "briefing.target.person";
                case COUNTRY:
                    return "briefing.target.country";
                case ORGANISATION:
                    return "briefing.target.organisation";
                case TOPIC:
                    return "briefing.target.topic";
                default:
                    return "briefing.target.event";
            }
        }

        /**
         * The bundle key of what the pack is for, said of this kind ("Podklad k jednání s", "Podklad k tématu"):
         * the cover's first line and the Podklady form's label.
         */
        public String coverKey() {
            switch (this) {
                case PERSON:
                    return "briefing.cover.target.person";
                case COUNTRY:
                    return "briefing.cover.target.country";
                case ORGANISATION:
                    return "briefing.cover.target.organisation";
                case TOPIC:
                    return "briefing.cover.target.topic";
                default:
                    return "briefing.cover.target.event";
            }
        }
    }

    public BriefingTarget {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.COUNTRY) != (countryCode != null) || (kind == Kind.COUNTRY) == (id != null)) {
            throw new IllegalArgumentException("a country target has a code, every other target an id");
        }
        countryCode = countryCode == null ? null : countryCode.strip().toUpperCase(Locale.ROOT);
    }

    public static BriefingTarget person(UUID id) {
        return new BriefingTarget(Kind.PERSON, Objects.requireNonNull(id), null);
    }

    public static BriefingTarget country(String code) {
        return new BriefingTarget(Kind.COUNTRY, null, Objects.requireNonNull(code));
    }

    public static BriefingTarget organisation(UUID id) {
        return new BriefingTarget(Kind.ORGANISATION, Objects.requireNonNull(id), null);
    }

    public static BriefingTarget topic(UUID id) {
        return new BriefingTarget(Kind.TOPIC, Objects.requireNonNull(id), null);
    }

    public static BriefingTarget event(UUID id) {
        return new BriefingTarget(Kind.EVENT, Objects.requireNonNull(id), null);
    }
}
