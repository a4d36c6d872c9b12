package org.briefingdesk.logic.records;

import static org.briefingdesk.testutil.RecordBuilder.aPerson;
import static org.briefingdesk.testutil.RecordBuilder.anOrganisation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {
    private final Person cooper = person("Yvette", "Cooper", List.of("Ivette Cooperová"));
    private final Organisation mv = anOrganisation().with(Organisation::name, "Ministerstvo vnitra České republiky")
            .with(Organisation::abbreviation, "MV ČR").with(Organisation::countryCode, "CZ").build();

    private static Person person(String given, String family, List<String> aliases) {
        return aPerson().with(Person::givenName, given).with(Person::familyName, family).with(Person::countryCode, null)
                .with(Person::aliases, aliases).build();
    }

    @Test
    void aNameOrAliasMatchesIgnoringCaseDiacriticsAndSpacing() {
        assertEquals(List.of(cooper), DuplicateFinder.people(person("YVETTE", " cooper ", List.of()), List.of(cooper)));
        assertEquals(List.of(cooper),
                DuplicateFinder.people(person("Ivette", "Cooperova", List.of()), List.of(cooper)));
        assertEquals(List.of(cooper),
                DuplicateFinder.people(person("", "", List.of("yvette cooper")), List.of(cooper)));
        assertEquals(List.of(), DuplicateFinder.people(person("Yvette", "Coopers", List.of()), List.of(cooper)));
        assertEquals(List.of(), DuplicateFinder.people(cooper, List.of(cooper)), "a record is no duplicate of itself");
    }

    @Test
    void organisationsMatchByNameOrAbbreviation() {
        Organisation byAbbreviation = anOrganisation().with(Organisation::name, "MV CR")
                .with(Organisation::abbreviation, "").build();
        Organisation byName = anOrganisation().with(Organisation::name, "ministerstvo vnitra ceske republiky")
                .with(Organisation::abbreviation, "").build();
        Organisation other = anOrganisation().with(Organisation::name, "Home Office")
                .with(Organisation::abbreviation, "").build();
        assertEquals(List.of(mv), DuplicateFinder.organisations(byAbbreviation, List.of(mv)));
        assertEquals(List.of(mv), DuplicateFinder.organisations(byName, List.of(mv)));
        assertEquals(List.of(), DuplicateFinder.organisations(other, List.of(mv)));
    }
}
