package org.briefingdesk.ui.shell;

import java.util.Optional;
import java.util.UUID;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordDetail;
import org.briefingdesk.logic.records.RecordDetailService;
import org.briefingdesk.logic.sample.SampleDataLoader;
import org.briefingdesk.logic.store.RecordStore;

/**
 * Window services over any store, for ViewModel tests.
 *
 * @param reopened told of every store a take-over of writing opens (the test closes it)
 */
record FakeWindowServices(RecordStore store, Localization l10n, java.util.function.Consumer<RecordStore> reopened)
        implements WindowServices {
    FakeWindowServices(RecordStore store, Localization l10n) {
        this(store, l10n, opened -> { });
    }

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
        return new FakeWindowServices(org.briefingdesk.testutil.TestStores.opener().open(location, false), l10n);
    }

    @Override
    public boolean writerGone() {
        return store.readOnly() && !org.briefingdesk.testutil.TestStores.files().writerActive(store.location());
    }

    /** As the application does: close the read-only store, open the file again (for writing if free). */
    @Override
    public WindowServices reopenForWriting() {
        java.nio.file.Path location = store.location();
        store.close();
        RecordStore next = org.briefingdesk.testutil.TestStores.opener().open(location, false, true);
        reopened.accept(next);
        return new FakeWindowServices(next, l10n, reopened);
    }

    @Override
    public WindowServices withLanguage(Localization language) {
        return new FakeWindowServices(store, language, reopened);
    }
}
