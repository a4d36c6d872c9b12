package org.briefingdesk.output;

import java.nio.file.Path;
import java.time.LocalDate;
import org.briefingdesk.logic.briefing.BriefingOptions;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.testutil.TestStores;

/** A store with the sample press release, and the options the tests prepare packs with. */
final class SamplePacks {
    static final LocalDate PREPARED = LocalDate.of(2025, 4, 10);

    private SamplePacks() {
    }

    static RecordStore store(Path folder) {
        RecordStore store = TestStores.createSample(folder);
        return store;
    }

    static BriefingOptions czech() {
        return BriefingOptions.defaults().withLocale(Localization.CZECH).withPreparation(PREPARED, "tester");
    }
}
