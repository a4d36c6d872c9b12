package org.briefingdesk.logic.briefing;

import org.briefingdesk.model.Event;
import org.briefingdesk.model.Participation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Statement;

/** Who is "our side": people of our country (CZ) and anyone attending on its behalf. */
record OurSide(String country, RecordLookup lookup) {
    boolean includes(Person person) {
        return country.equals(person.countryCode());
    }

    boolean includes(Participation participation) {
        return country.equals(participation.onBehalfOfCountryCode())
                || lookup.person(participation.personId()).map(this::includes).orElse(false);
    }

    boolean tookPartIn(Event event) {
        return event.participants().stream().anyMatch(this::includes);
    }

    boolean said(Statement statement) {
        return lookup.person(statement.speakerId()).map(this::includes).orElse(false);
    }
}
