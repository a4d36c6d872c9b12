package org.briefingdesk.ui.shell;

import java.util.Optional;
import java.util.UUID;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordDetail;
import org.briefingdesk.logic.records.RecordDetailService;
import org.briefingdesk.logic.sample.SampleDataLoader;
import org.briefingdesk.logic.store.RecordStore;

/** Window services over any store, for ViewModel tests. */
record FakeWindowServices(RecordStore store, Localization l10n) implements WindowServices {
    @Override
    public Optional<RecordDetail> describe(UUID id) {
        return new RecordDetailService(store, l10n).describe(id);
    }

    @Override
    public boolean sampleLoaded() {
        return new SampleDataLoader().isLoaded(store);
    }

    @Override
    public void loadSample() {
        new SampleDataLoader().load(store);
    }

    @Override
    public WindowServices withLanguage(Localization language) {
        return new FakeWindowServices(store, language);
    }
}
