package org.briefingdesk.logic.sample;

import static org.briefingdesk.logic.sample.SampleIds.COOPER;
import static org.briefingdesk.logic.sample.SampleIds.DEPARTMENT_OF_JUSTICE_IE;
import static org.briefingdesk.logic.sample.SampleIds.EUROPEAN_UNION;
import static org.briefingdesk.logic.sample.SampleIds.HOME_OFFICE;
import static org.briefingdesk.logic.sample.SampleIds.MINISTRY_OF_INTERIOR_CZ;
import static org.briefingdesk.logic.sample.SampleIds.OCALLAGHAN;
import static org.briefingdesk.logic.sample.SampleIds.RAKUSAN;

import java.time.LocalDate;
import java.util.List;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.OrganisationKind;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.Role;
import org.briefingdesk.model.Sensitivity;

/**
 * The people and organisations of the press release. What the release does not say (official
 * names, dates of office) is marked "doplněno" in the notes, so nobody mistakes it for the source.
 */
final class SampleActors {
    private SampleActors() {
    }

    static List<Organisation> organisations() {
        return List.of(
                new Organisation(MINISTRY_OF_INTERIOR_CZ, "Ministerstvo vnitra České republiky", "MV ČR",
                        OrganisationKind.MINISTRY, "CZ",
                        "Vydavatel tiskové zprávy; ministerstvo ministra vnitra Víta Rakušana. "
                                + "Doplněno: úplný název a zkratka.",
                        RecordInfo.of(Sensitivity.PUBLIC, List.of(PressRelease.SOURCE))),
                new Organisation(HOME_OFFICE, "Home Office", "",
                        OrganisationKind.MINISTRY, "GB",
                        "Ministerstvo vnitra Spojeného království (zpráva: „ministryně vnitra Spojeného království“). "
                                + "Doplněno: název Home Office; pořadatel Border Security Summitu za vládu "
                                + "Spojeného království.",
                        RecordInfo.of(Sensitivity.PUBLIC, List.of(PressRelease.SOURCE))),
                new Organisation(DEPARTMENT_OF_JUSTICE_IE, "Department of Justice, Home Affairs and Migration", "",
                        OrganisationKind.MINISTRY, "IE",
                        "Irské ministerstvo, jehož ministra zpráva nazývá „irským ministrem vnitra“. "
                                + "Doplněno: oficiální anglický název ministerstva.",
                        RecordInfo.of(Sensitivity.PUBLIC, List.of(PressRelease.SOURCE))),
                new Organisation(EUROPEAN_UNION, "Evropská unie", "EU",
                        OrganisationKind.INTERNATIONAL_ORGANISATION, null,
                        "Zpráva: hledání společného postupu v rámci Evropské unie.",
                        RecordInfo.of(Sensitivity.PUBLIC, List.of(PressRelease.SOURCE))));
    }

    static List<Person> people() {
        return List.of(
                new Person(RAKUSAN, "", "Vít", "Rakušan", "CZ",
                        "Ministr vnitra České republiky; za Česko se zúčastnil Border Security Summitu v Londýně. "
                                + "Doplněno: ve funkci ministra vnitra od 17. 12. 2021 (veřejně známý údaj).",
                        List.of(),
                        List.of(new Role("ministr vnitra", MINISTRY_OF_INTERIOR_CZ, LocalDate.of(2021, 12, 17), null)),
                        RecordInfo.of(Sensitivity.PUBLIC, List.of(PressRelease.SOURCE))),
                new Person(OCALLAGHAN, "", "Jim", "O'Callaghan", "IE",
                        "Zpráva: „irský ministr vnitra“. Doplněno: oficiální funkce ministr spravedlnosti, vnitra "
                                + "a migrace (Minister for Justice, Home Affairs and Migration), "
                                + "ve funkci od 23. 1. 2025.",
                        List.of("Jim O´Callaghan", "Jimem O´Callaghanem"),
                        List.of(new Role("ministr vnitra", DEPARTMENT_OF_JUSTICE_IE, LocalDate.of(2025, 1, 23), null)),
                        RecordInfo.of(Sensitivity.PUBLIC, List.of(PressRelease.SOURCE))),
                new Person(COOPER, "", "Yvette", "Cooper", "GB",
                        "Zpráva: „ministryně vnitra Spojeného království Ivette Cooperová“. Doplněno: správné "
                                + "psaní jména Yvette Cooper; úřad Home Secretary (Home Office), "
                                + "ve funkci od 5. 7. 2024.",
                        List.of("Ivette Cooperová", "Cooperová", "Ivette Cooperovou"),
                        List.of(new Role("ministryně vnitra", HOME_OFFICE, LocalDate.of(2024, 7, 5), null)),
                        RecordInfo.of(Sensitivity.PUBLIC, List.of(PressRelease.SOURCE))));
    }
}
