package org.briefingdesk.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A person, with other spellings and Czech forms of the name as aliases ("Ivette Cooperová"
 * for Yvette Cooper) and roles over time.
 */
public record Person(UUID id, String honorific, String givenName, String familyName, String countryCode,
                     String notes, List<String> aliases, List<Role> roles,
                     RecordInfo info) implements StoredRecord {
    public Person {
        honorific = Text.trimToEmpty(honorific);
        givenName = Text.trimToEmpty(givenName);
        familyName = Text.trimToEmpty(familyName);
        countryCode = Text.isBlank(countryCode) ? null : countryCode.strip().toUpperCase(Locale.ROOT);
        notes = Text.trimToEmpty(notes);
        aliases = Text.copy(aliases).stream().map(Text::trimToEmpty).filter(a -> !a.isEmpty()).toList();
        roles = Text.copy(roles);
        info = info == null ? RecordInfo.NEW : info;
    }

    /** "Vít Rakušan": given and family name, as written in Czech and English. */
    public String fullName() {
        return (givenName + " " + familyName).strip();
    }

    /** The role held on a date, the latest-starting one if several overlap. */
    public Optional<Role> roleOn(LocalDate date) {
        return roles.stream().filter(r -> r.heldOn(date))
                .max(Comparator.comparing(r -> r.from() == null ? LocalDate.MIN : r.from()));
    }
}
