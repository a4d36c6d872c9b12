package org.briefingdesk.logic.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.OrganisationKind;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordInfo;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {
    private final Person cooper = person("Yvette", "Cooper", List.of("Ivette Cooperová"));
    private final Organisation mv = new Organisation(UUID.randomUUID(), "Ministerstvo vnitra České republiky", "MV ČR",
            OrganisationKind.MINISTRY, "CZ", "", RecordInfo.NEW);

    private static Person person(String given, String family, List<String> aliases) {
        return new Person(UUID.randomUUID(), "", given, family, null, "", aliases, List.of(), RecordInfo.NEW);
    }

    @Test
    void aNameOrAliasMatchesIgnoringCaseDiacriticsAndSpacing() {
        assertEquals(List.of(cooper), DuplicateFinder.people(person("YVETTE", " cooper ", List.of()), List.of(cooper)));
        assertEquals(List.of(cooper), DuplicateFinder.people(person("Ivette", "Cooperova", List.of()), List.of(cooper)));
        assertEquals(List.of(cooper), DuplicateFinder.people(person("", "", List.of("yvette cooper")), List.of(cooper)));
        assertEquals(List.of(), DuplicateFinder.people(person("Yvette", "Coopers", List.of()), List.of(cooper)));
        assertEquals(List.of(), DuplicateFinder.people(cooper, List.of(cooper)), "a record is no duplicate of itself");
    }

    @Test
    void organisationsMatchByNameOrAbbreviation() {
        Organisation byAbbreviation = new Organisation(null, "MV CR", "", null, null, "", RecordInfo.NEW);
        Organisation byName = new Organisation(null, "ministerstvo vnitra ceske republiky", "", null, null, "",
                RecordInfo.NEW);
        Organisation other = new Organisation(null, "Home Office", "", null, null, "", RecordInfo.NEW);
        assertEquals(List.of(mv), DuplicateFinder.organisations(byAbbreviation, List.of(mv)));
        assertEquals(List.of(mv), DuplicateFinder.organisations(byName, List.of(mv)));
        assertEquals(List.of(), DuplicateFinder.organisations(other, List.of(mv)));
    }
}
