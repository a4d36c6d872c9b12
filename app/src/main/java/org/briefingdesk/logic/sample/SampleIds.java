package org.briefingdesk.logic.sample;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The fixed ids of the sample records. Derived from a name, so they are the same in every database
 * and loading the sample again replaces its records instead of adding copies.
 */
public final class SampleIds {
    public static final UUID SUMMIT = of("event:border-security-summit-2025");
    public static final UUID MEETING_IRELAND = of("event:bilateral-cz-ie-2025-03-31");
    public static final UUID MEETING_UNITED_KINGDOM = of("event:bilateral-cz-gb-2025-03-31");
    public static final UUID SUMMIT_REPORT = of("report:border-security-summit-2025");
    public static final UUID RAKUSAN_STATEMENT = of("statement:rakusan-2025-03-31");
    public static final UUID MIGRATION_LAW_COMMITMENT = of("commitment:migration-law-amendment");

    public static final UUID RAKUSAN = of("person:vit-rakusan");
    public static final UUID OCALLAGHAN = of("person:jim-ocallaghan");
    public static final UUID COOPER = of("person:yvette-cooper");

    public static final UUID MINISTRY_OF_INTERIOR_CZ = of("organisation:mv-cr");
    public static final UUID HOME_OFFICE = of("organisation:home-office");
    public static final UUID DEPARTMENT_OF_JUSTICE_IE = of("organisation:ie-department-of-justice");
    public static final UUID EUROPEAN_UNION = of("organisation:eu");

    private SampleIds() {
    }

    /** The id of the sample record named {@code key}, e.g. {@code topic:migration}. */
    public static UUID of(String key) {
        return UUID.nameUUIDFromBytes(("briefing-desk-sample:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
