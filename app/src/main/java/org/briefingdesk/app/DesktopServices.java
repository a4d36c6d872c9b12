package org.briefingdesk.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordDetail;
import org.briefingdesk.logic.records.RecordDetailService;
import org.briefingdesk.logic.sample.SampleDataLoader;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.RestorePlan;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.logic.store.StoreFiles;
import org.briefingdesk.ui.shell.RestoreFailedException;
import org.briefingdesk.ui.shell.WindowServices;

/** The services the main window works with, wired over an open store in the user's language. */
public final class DesktopServices implements WindowServices {
    private final AppContext context;
    private final RecordStore store;
    private final Localization l10n;
    private final RecordDetailService details;
    private final Consumer<AppContext> reopened;
    private final SampleDataLoader sample = new SampleDataLoader();

    /**
     * @param reopened told of the new context when a restore closed this one and opened the file again
     */
    public DesktopServices(AppContext context, Localization l10n, Consumer<AppContext> reopened) {
        this.context = context;
        this.store = context.store();
        this.l10n = l10n;
        this.details = new RecordDetailService(store, l10n);
        this.reopened = reopened;
    }

    public static DesktopServices of(AppContext context, Consumer<AppContext> reopened) {
        return new DesktopServices(context, context.l10n(), reopened);
    }

    @Override
    public RestorePlan planRestore(Path backup) {
        return AppContext.storage().files().plan(store.location(), backup);
    }

    /** The file is closed (a last backup included), restored, and opened again for the window. */
    @Override
    public WindowServices restore(RestorePlan plan, boolean force) {
        Path location = store.location();
        StoreFiles files = AppContext.storage().files();
        if (plan.needsConfirmation() && !force) {
            files.restore(plan, false); // refuses with the sentence the user needs, before anything closes
        }
        context.close();
        RuntimeException failure = null;
        try {
            files.restore(plan, force);
        } catch (RuntimeException e) {
            failure = e; // the file is still the old one: open it again all the same
        }
        AppContext next = AppContext.openForWindow(location, l10n, context.user());
        reopened.accept(next);
        DesktopServices services = new DesktopServices(next, l10n, reopened);
        if (failure != null) {
            throw new RestoreFailedException(failure, services);
        }
        return services;
    }

    @Override
    public boolean writerGone() {
        // A team server's reader stays a reader: only a file can be taken over from another window.
        return store.isLocalFile() && store.readOnly()
                && !AppContext.storage().files().writerActive(store.location());
    }

    @Override
    public WindowServices reopenForWriting() {
        Path location = store.location();
        context.close();
        AppContext next = AppContext.openForWindow(location, l10n, context.user());
        reopened.accept(next);
        return new DesktopServices(next, l10n, reopened);
    }

    @Override
    public WindowServices connect(ServerAddress address, String password) {
        AppContext next = AppContext.openServer(address, password, l10n, context.user());
        context.close();
        reopened.accept(next);
        return new DesktopServices(next, l10n, reopened);
    }

    @Override
    public boolean needsUpgrade(Path file) {
        return AppContext.storage().files().needsUpgrade(file);
    }

    @Override
    public WindowServices open(Path file, OpenMode mode) {
        AppContext next = AppContext.openForWindow(file, mode, l10n, context.user());
        try {
            // Checked before the file open now is let go of: a damaged one is refused, not switched to.
            next.store().integrityChecked().join();
        } catch (CompletionException e) {
            next.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        context.close();
        reopened.accept(next);
        return new DesktopServices(next, l10n, reopened);
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
        return language.locale().equals(l10n.locale()) ? this : new DesktopServices(context, language, reopened);
    }
}
