package org.briefingdesk.logic.records;

import static org.briefingdesk.testutil.OrganisationBuilder.anOrganisation;
import static org.briefingdesk.testutil.PersonBuilder.aPerson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {
    private final Person cooper = person("Yvette", "Cooper", List.of("Ivette Cooperová"));
    private final Organisation mv = anOrganisation().name("Ministerstvo vnitra České republiky")
            .abbreviation("MV ČR").countryCode("CZ").build();

    private static Person person(String given, String family, List<String> aliases) {
        return aPerson().named(given, family).countryCode(null).aliases(aliases).build();
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
        Organisation byAbbreviation = anOrganisation().name("MV CR").abbreviation("").build();
        Organisation byName = anOrganisation().name("ministerstvo vnitra ceske republiky").abbreviation("").build();
        Organisation other = anOrganisation().name("Home Office").abbreviation("").build();
        assertEquals(List.of(mv), DuplicateFinder.organisations(byAbbreviation, List.of(mv)));
        assertEquals(List.of(mv), DuplicateFinder.organisations(byName, List.of(mv)));
        assertEquals(List.of(), DuplicateFinder.organisations(other, List.of(mv)));
    }
}
