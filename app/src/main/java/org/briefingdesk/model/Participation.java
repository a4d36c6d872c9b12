package org.briefingdesk.model;

import java.util.Locale;
import java.util.UUID;

/** A person at an event, with their role there and on whose behalf they attended. */
public record Participation(UUID personId, ParticipationRole role, UUID onBehalfOfOrganisationId,
                            String onBehalfOfCountryCode) {
    public Participation {
        role = role == null ? ParticipationRole.PARTICIPANT : role;
        onBehalfOfCountryCode = Text.isBlank(onBehalfOfCountryCode) ? null
                : onBehalfOfCountryCode.strip().toUpperCase(Locale.ROOT);
    }
}
