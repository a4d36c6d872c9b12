package org.briefingdesk.logic.sample;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Topic;

/** The topics of the press release, as a hierarchy, parents before their children. */
final class SampleTopics {
    static final UUID MIGRATION = SampleIds.of("topic:migration");
    static final UUID PEOPLE_SMUGGLING = SampleIds.of("topic:people-smuggling");
    static final UUID RETURNS = SampleIds.of("topic:returns");
    static final UUID MIGRATION_CRIME = SampleIds.of("topic:migration-related-organised-crime");
    static final UUID MIGRATION_FLOWS = SampleIds.of("topic:migration-flows");
    static final UUID MIGRATION_PRESSURE = SampleIds.of("topic:states-under-migration-pressure");
    static final UUID ASYLUM_LAW = SampleIds.of("topic:asylum-and-migration-legislation");
    static final UUID BORDER_PROTECTION = SampleIds.of("topic:border-protection");
    static final UUID EXTERNAL_BORDERS = SampleIds.of("topic:external-border-protection");
    static final UUID BIOMETRICS = SampleIds.of("topic:biometrics");
    static final UUID ARTIFICIAL_INTELLIGENCE = SampleIds.of("topic:artificial-intelligence");
    static final UUID CYBER_THREATS = SampleIds.of("topic:cyber-threats");
    static final UUID INFORMATION_SHARING = SampleIds.of("topic:information-sharing");
    static final UUID INTERNATIONAL_COOPERATION = SampleIds.of("topic:international-cooperation");
    static final UUID COMMON_EU_APPROACH = SampleIds.of("topic:common-eu-approach");
    static final UUID THIRD_COUNTRIES = SampleIds.of("topic:cooperation-with-third-countries");

    private SampleTopics() {
    }

    static List<Topic> all() {
        return List.of(
                topic(MIGRATION, "migrace", "migration", null, ""),
                topic(PEOPLE_SMUGGLING, "převaděčství", "people smuggling", MIGRATION,
                        "Zločinecké skupiny a sítě, které převádějí migranty přes hranice za účelem zisku."),
                topic(RETURNS, "návraty", "returns", MIGRATION,
                        "Vyhošťování lidí, kteří představují bezpečnostní riziko, a návraty těch, "
                                + "kteří nezískají azyl."),
                topic(MIGRATION_CRIME, "organizovaný zločin související s migrací",
                        "migration-related organised crime", MIGRATION, ""),
                topic(MIGRATION_FLOWS, "migrační toky", "migration flows", MIGRATION, ""),
                topic(MIGRATION_PRESSURE, "podpora států pod migračním tlakem",
                        "support for states under migration pressure", MIGRATION, ""),
                topic(ASYLUM_LAW, "azylová a migrační legislativa", "asylum and migration legislation", MIGRATION, ""),
                topic(BORDER_PROTECTION, "ochrana hranic", "border protection", null, ""),
                topic(EXTERNAL_BORDERS, "ochrana vnějších hranic", "external border protection", BORDER_PROTECTION, ""),
                topic(BIOMETRICS, "biometrie", "biometrics", BORDER_PROTECTION,
                        "Biometrické systémy pro včasnou identifikaci rizikových osob a efektivnější kontroly."),
                topic(ARTIFICIAL_INTELLIGENCE, "umělá inteligence", "artificial intelligence", null, ""),
                topic(CYBER_THREATS, "kybernetické hrozby", "cyber threats", null, ""),
                topic(INFORMATION_SHARING, "výměna informací", "information sharing", null, ""),
                topic(INTERNATIONAL_COOPERATION, "mezinárodní spolupráce", "international cooperation", null, ""),
                topic(COMMON_EU_APPROACH, "společný postup EU", "common EU approach", INTERNATIONAL_COOPERATION, ""),
                topic(THIRD_COUNTRIES, "spolupráce se třetími zeměmi", "cooperation with third countries",
                        INTERNATIONAL_COOPERATION, ""));
    }

    private static Topic topic(UUID id, String name, String nameEn, UUID parentId, String description) {
        return new Topic(id, name, nameEn, parentId, description,
                RecordInfo.of(Sensitivity.PUBLIC, List.of(PressRelease.SOURCE)));
    }
}
