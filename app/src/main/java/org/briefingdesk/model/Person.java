package org.briefingdesk.model;

import java.util.List;
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
        countryCode = Text.isBlank(countryCode) ? null : countryCode.strip().toUpperCase(java.util.Locale.ROOT);
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
    public java.util.Optional<Role> roleOn(java.time.LocalDate date) {
        return roles.stream().filter(r -> r.heldOn(date))
                .max(java.util.Comparator.comparing(r -> r.from() == null ? java.time.LocalDate.MIN : r.from()));
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.PERSON;
    }
}
