package org.briefingdesk.ui.shell;

import java.util.Optional;
import java.util.UUID;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordDetail;
import org.briefingdesk.logic.records.RecordDetailService;
import org.briefingdesk.logic.sample.SampleDataLoader;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.testutil.TestStores;

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
    public org.briefingdesk.logic.store.RestorePlan planRestore(java.nio.file.Path backup) {
        return org.briefingdesk.testutil.TestStores.files().plan(store.location(), backup);
    }

    /** As the application does: close, restore, open again. */
    @Override
    public WindowServices restore(org.briefingdesk.logic.store.RestorePlan plan, boolean force) {
        java.nio.file.Path location = store.location();
        store.close();
        org.briefingdesk.testutil.TestStores.files().restore(plan, force);
        return new FakeWindowServices(TestStores.opener().open(location, OpenMode.WRITE), l10n);
    }

    @Override
    public WindowServices withLanguage(Localization language) {
        return new FakeWindowServices(store, language);
    }
}
