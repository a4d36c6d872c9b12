package org.briefingdesk.logic.sample;

import static org.briefingdesk.logic.sample.SampleIds.COOPER;
import static org.briefingdesk.logic.sample.SampleIds.DEPARTMENT_OF_JUSTICE_IE;
import static org.briefingdesk.logic.sample.SampleIds.HOME_OFFICE;
import static org.briefingdesk.logic.sample.SampleIds.MEETING_IRELAND;
import static org.briefingdesk.logic.sample.SampleIds.MEETING_UNITED_KINGDOM;
import static org.briefingdesk.logic.sample.SampleIds.MIGRATION_LAW_COMMITMENT;
import static org.briefingdesk.logic.sample.SampleIds.MINISTRY_OF_INTERIOR_CZ;
import static org.briefingdesk.logic.sample.SampleIds.OCALLAGHAN;
import static org.briefingdesk.logic.sample.SampleIds.RAKUSAN;
import static org.briefingdesk.logic.sample.SampleIds.RAKUSAN_STATEMENT;
import static org.briefingdesk.logic.sample.SampleIds.SUMMIT;
import static org.briefingdesk.logic.sample.SampleIds.SUMMIT_REPORT;
import static org.briefingdesk.logic.sample.SampleTopics.ARTIFICIAL_INTELLIGENCE;
import static org.briefingdesk.logic.sample.SampleTopics.ASYLUM_LAW;
import static org.briefingdesk.logic.sample.SampleTopics.BIOMETRICS;
import static org.briefingdesk.logic.sample.SampleTopics.COMMON_EU_APPROACH;
import static org.briefingdesk.logic.sample.SampleTopics.CYBER_THREATS;
import static org.briefingdesk.logic.sample.SampleTopics.EXTERNAL_BORDERS;
import static org.briefingdesk.logic.sample.SampleTopics.INFORMATION_SHARING;
import static org.briefingdesk.logic.sample.SampleTopics.INTERNATIONAL_COOPERATION;
import static org.briefingdesk.logic.sample.SampleTopics.MIGRATION;
import static org.briefingdesk.logic.sample.SampleTopics.MIGRATION_CRIME;
import static org.briefingdesk.logic.sample.SampleTopics.MIGRATION_FLOWS;
import static org.briefingdesk.logic.sample.SampleTopics.MIGRATION_PRESSURE;
import static org.briefingdesk.logic.sample.SampleTopics.PEOPLE_SMUGGLING;
import static org.briefingdesk.logic.sample.SampleTopics.RETURNS;
import static org.briefingdesk.logic.sample.SampleTopics.THIRD_COUNTRIES;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.CommitmentStatus;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.EventKind;
import org.briefingdesk.model.FollowUp;
import org.briefingdesk.model.Participation;
import org.briefingdesk.model.ParticipationRole;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatementKind;
import org.briefingdesk.model.StatusChange;

/** The summit, its two side meetings, the report, the minister's statement and his commitment. */
final class SampleSummit {
    static final LocalDate DAY = LocalDate.of(2025, 3, 31);

    /** The minister's words between „ and “ in the release, line breaks undone, nothing else changed. */
    static final String STATEMENT_TEXT = "Evropa dnes čelí zásadním bezpečnostním výzvám, a proto je klíčové, "
            + "abychom jako partneři spolupracovali na inovativních řešeních, která zajistí ochranu našich hranic. "
            + "Česko je připravené k efektivnější ochraně evropských hranic aktivně přispívat. "
            + "Pracujeme i na zpřísnění naší vlastní azylové a migrační legislativy, abychom zefektivnili "
            + "vyhošťování lidí, kteří představují bezpečnostní riziko, i návraty těch, kteří u nás nezískají azyl. "
            + "Novelu migrační legislativy chceme vzhledem k mezinárodní situaci schválit co nejdříve,";

    private static final String CITY = "Londýn";
    private static final String SIDE_MEETING_NOTE = "Jednání na okraji Border Security Summitu (zpráva, část "
            + "„Další jednání“). Doplněno: datum a místo převzaty ze summitu, zpráva je u jednání neuvádí zvlášť.";

    private SampleSummit() {
    }

    static List<Event> events() {
        return List.of(summit(), meetingIreland(), meetingUnitedKingdom());
    }

    private static Event summit() {
        return new Event(SUMMIT, EventKind.SUMMIT, "Border Security Summit", DAY, DAY, CITY, "GB", HOME_OFFICE, 40,
                "Summit o ochraně hranic a o spolupráci na inovativních řešeních migrace; jednali na něm zástupci "
                        + "40 zemí včetně Česka. Zaměřil se na aktuální výzvy v oblasti ochrany vnějších hranic a "
                        + "mezinárodní spolupráce v otázkách migrace, především na potírání organizovaného zločinu "
                        + "souvisejícího s migrací. Hlavní diskuse se vedla o hrozbách, které představují zločinecké "
                        + "skupiny a sítě zneužívající migranty tím, že je převádějí přes hranice za účelem zisku. "
                        + "Ministři jednali o posilování bezpečnostních opatření i efektivnější výměně informací.",
                null,
                List.of(new Participation(RAKUSAN, ParticipationRole.HEAD_OF_DELEGATION,
                        MINISTRY_OF_INTERIOR_CZ, "CZ")),
                List.of(MIGRATION, MIGRATION_CRIME, PEOPLE_SMUGGLING, EXTERNAL_BORDERS, INFORMATION_SHARING,
                        MIGRATION_FLOWS, BIOMETRICS, ARTIFICIAL_INTELLIGENCE, MIGRATION_PRESSURE,
                        COMMON_EU_APPROACH, THIRD_COUNTRIES, INTERNATIONAL_COOPERATION),
                "Zpráva akci nazývá „konference Border Security Summit“ i „summit o ochraně hranic“. "
                        + "Doplněno: pořadatelem byla vláda Spojeného království (Home Office).",
                RecordInfo.of(Sensitivity.PUBLIC, List.of(PressRelease.SOURCE)));
    }

    private static Event meetingIreland() {
        return sideMeeting(MEETING_IRELAND, "Bilaterální jednání s Irskem: Vít Rakušan – Jim O'Callaghan",
                "Ministr vnitra Vít Rakušan se setkal s irským ministrem vnitra Jimem O´Callaghanem; hovořili "
                        + "o možnostech užší spolupráce v oblasti boje proti převaděčství a kybernetickým hrozbám.",
                new Participation(OCALLAGHAN, ParticipationRole.HEAD_OF_DELEGATION, DEPARTMENT_OF_JUSTICE_IE, "IE"));
    }

    private static Event meetingUnitedKingdom() {
        return sideMeeting(MEETING_UNITED_KINGDOM,
                "Bilaterální jednání se Spojeným královstvím: Vít Rakušan – Yvette Cooper",
                "Ministr vnitra Vít Rakušan se setkal s ministryní vnitra Spojeného království Ivette Cooperovou; "
                        + "hovořili o možnostech užší spolupráce v oblasti boje proti převaděčství a "
                        + "kybernetickým hrozbám.",
                new Participation(COOPER, ParticipationRole.HEAD_OF_DELEGATION, HOME_OFFICE, "GB"));
    }

    private static Event sideMeeting(UUID id, String title, String summary, Participation counterpart) {
        return new Event(id, EventKind.BILATERAL_MEETING, title, DAY, DAY, CITY, "GB", null, null, summary, SUMMIT,
                List.of(new Participation(RAKUSAN, ParticipationRole.HEAD_OF_DELEGATION, MINISTRY_OF_INTERIOR_CZ, "CZ"),
                        counterpart),
                List.of(PEOPLE_SMUGGLING, CYBER_THREATS, INTERNATIONAL_COOPERATION),
                SIDE_MEETING_NOTE, RecordInfo.of(Sensitivity.PUBLIC, List.of(PressRelease.SOURCE)));
    }

    static Report report() {
        return new Report(SUMMIT_REPORT, SUMMIT,
                "Border Security Summit v Londýně: ochrana hranic a spolupráce v oblasti migrace",
                "Tiskové oddělení Ministerstva vnitra ČR", DAY, PressRelease.paragraphs(),
                """
                        Účastníci konference se shodli:
                        • posílit spolupráci mezi státy v oblasti ochrany vnějších hranic;
                        • intenzivně sdílet informace o migračních tocích.
                        Dále se diskutovalo:
                        • o využití moderních technologií, jako jsou biometrické systémy a umělá inteligence, \
                        které mohou pomoci včas identifikovat rizikové osoby a zefektivnit kontrolní procesy;
                        • o podpoře států čelících největším migračním tlakům;
                        • o hledání společného postupu v rámci Evropské unie i spolupráci se třetími zeměmi.""",
                List.of(new FollowUp("Sledovat schvalování novely migrační legislativy, ke kterému se ministr "
                                + "zavázal („co nejdříve“).", null, false),
                        new FollowUp("Rozpracovat užší spolupráci s Irskem v boji proti převaděčství "
                                + "a kybernetickým hrozbám.", null, false),
                        new FollowUp("Rozpracovat užší spolupráci se Spojeným královstvím v boji proti převaděčství "
                                + "a kybernetickým hrozbám.", null, false)),
                List.of(MIGRATION, MIGRATION_CRIME, PEOPLE_SMUGGLING, EXTERNAL_BORDERS, INFORMATION_SHARING,
                        MIGRATION_FLOWS, BIOMETRICS, ARTIFICIAL_INTELLIGENCE, MIGRATION_PRESSURE, COMMON_EU_APPROACH,
                        THIRD_COUNTRIES, ASYLUM_LAW, CYBER_THREATS),
                RecordInfo.of(Sensitivity.PUBLIC, List.of(PressRelease.SOURCE)));
    }

    static Statement statement() {
        return new Statement(RAKUSAN_STATEMENT, RAKUSAN, DAY, SUMMIT, STATEMENT_TEXT, "cs",
                "Europe today faces fundamental security challenges, and that is why it is crucial that we, as "
                        + "partners, cooperate on innovative solutions that will ensure the protection of our borders. "
                        + "Czechia is ready to contribute actively to a more effective protection of Europe's borders. "
                        + "We are also working on tightening our own asylum and migration legislation, so as to make "
                        + "the expulsion of people who pose a security risk, and the return of those who are not "
                        + "granted asylum here, more effective. Given the international situation, we want to pass "
                        + "the amendment to the migration legislation as soon as possible.",
                StatementKind.VERBATIM_QUOTE,
                List.of(EXTERNAL_BORDERS, INTERNATIONAL_COOPERATION, ASYLUM_LAW, RETURNS),
                RecordInfo.of(Sensitivity.PUBLIC, List.of(PressRelease.SOURCE)));
    }

    static Commitment commitment() {
        return new Commitment(MIGRATION_LAW_COMMITMENT, RAKUSAN_STATEMENT,
                "Schválit novelu migrační legislativy co nejdříve: „Novelu migrační legislativy chceme vzhledem "
                        + "k mezinárodní situaci schválit co nejdříve.“",
                CommitmentStatus.OPEN, null,
                List.of(new StatusChange(DAY, CommitmentStatus.OPEN,
                        "Vysloveno ministrem vnitra na Border Security Summitu v Londýně.")),
                List.of(ASYLUM_LAW, RETURNS),
                RecordInfo.of(Sensitivity.PUBLIC, List.of(PressRelease.SOURCE)));
    }
}
