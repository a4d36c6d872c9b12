package org.briefingdesk.app;

import java.util.Optional;
import java.util.UUID;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordDetail;
import org.briefingdesk.logic.records.RecordDetailService;
import org.briefingdesk.logic.sample.SampleDataLoader;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.ui.shell.WindowServices;

/** The services the main window works with, wired over an open store in the user's language. */
public final class DesktopServices implements WindowServices {
    private final RecordStore store;
    private final Localization l10n;
    private final RecordDetailService details;
    private final SampleDataLoader sample = new SampleDataLoader();

    public DesktopServices(RecordStore store, Localization l10n) {
        this.store = store;
        this.l10n = l10n;
        this.details = new RecordDetailService(store, l10n);
    }

    public static DesktopServices of(AppContext context) {
        return new DesktopServices(context.store(), context.l10n());
    }

    @Override
    public RecordStore store() {
        return store;
    }

    @Override
    public Localization l10n() {
        return l10n;
    }

    @Override
    public Optional<RecordDetail> describe(UUID id) {
        return details.describe(id);
    }

    @Override
    public boolean sampleLoaded() {
        return sample.isLoaded(store);
    }

    @Override
    public void loadSample() {
        sample.load(store);
    }

    @Override
    public WindowServices withLanguage(Localization language) {
        return language.locale().equals(l10n.locale()) ? this : new DesktopServices(store, language);
    }
}
