package org.briefingdesk.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordDetail;
import org.briefingdesk.logic.records.RecordDetailService;
import org.briefingdesk.logic.sample.SampleDataLoader;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.RestorePlan;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.testutil.TestServer;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.ui.briefings.BriefingDesktop;
import org.briefingdesk.ui.exchange.ExchangeFiles;

/**
 * Window services over any store, for ViewModel and window tests. The services a restore, a take-over, another
 * file or a language switch hand on keep the test's fake desktop and file dialogs.
 *
 * @param reopened told of every store a take-over of writing opens (the test closes it)
 * @param desktop where briefing packs are saved and printed; the system's unless a test gives one
 * @param exchangeFiles the import and export file dialogs; the system's unless a test gives them
 */
record FakeWindowServices(RecordStore store, Localization l10n, Consumer<RecordStore> reopened,
                          Optional<BriefingDesktop> desktop, Optional<ExchangeFiles> exchangeFiles)
        implements WindowServices {
    FakeWindowServices(RecordStore store, Localization l10n, Consumer<RecordStore> reopened) {
        this(store, l10n, reopened, Optional.empty(), Optional.empty());
    }

    FakeWindowServices(RecordStore store, Localization l10n) {
        this(store, l10n, opened -> { });
    }

    FakeWindowServices with(BriefingDesktop fake) {
        return new FakeWindowServices(store, l10n, reopened, Optional.of(fake), exchangeFiles);
    }

    FakeWindowServices with(ExchangeFiles fake) {
        return new FakeWindowServices(store, l10n, reopened, desktop, Optional.of(fake));
    }

    /** These services over another store (or language), the fakes kept. */
    private FakeWindowServices over(RecordStore next, Localization language, Consumer<RecordStore> told) {
        return new FakeWindowServices(next, language, told, desktop, exchangeFiles);
    }

    @Override
    public BriefingDesktop briefingDesktop(Supplier<Window> owner) {
        return desktop.orElseGet(() -> WindowServices.super.briefingDesktop(owner));
    }

    @Override
    public ExchangeFiles exchangeFiles(Supplier<Window> owner) {
        return exchangeFiles.orElseGet(() -> WindowServices.super.exchangeFiles(owner));
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
    public RestorePlan planRestore(Path backup) {
        return TestStores.files().plan(store.location(), backup);
    }

    /** As the application does: close, restore, open again. */
    @Override
    public WindowServices restore(RestorePlan plan, boolean force) {
        Path location = store.location();
        store.close();
        TestStores.files().restore(plan, force);
        return over(TestStores.opener().open(location, OpenMode.WRITE), l10n, opened -> { });
    }

    @Override
    public boolean writerGone() {
        return store.readOnly() && !TestStores.files().writerActive(store.location());
    }

    /** As the application does: close the read-only store, open the file again (for writing if free). */
    @Override
    public WindowServices reopenForWriting() {
        Path location = store.location();
        store.close();
        RecordStore next = TestStores.opener().openWriterOrReader(location);
        reopened.accept(next);
        return over(next, l10n, reopened);
    }

    /** The server's store; the file's stays open for the fixture that made it to close. */
    @Override
    public WindowServices connect(ServerAddress address, String password) {
        return over(TestServer.opener().open(address, password), l10n, opened -> { });
    }

    @Override
    public boolean needsUpgrade(Path file) {
        return TestStores.files().needsUpgrade(file);
    }

    /** As the application does: open the other file, then close this one (its closing backup included). */
    @Override
    public WindowServices open(Path file, OpenMode mode) {
        RecordStore next = TestStores.checkingOpener().open(file, mode);
        try {
            next.integrityChecked().join(); // as the application's services do before letting go of the open file
        } catch (CompletionException e) {
            next.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        store.close();
        reopened.accept(next);
        return over(next, l10n, reopened);
    }

    @Override
    public WindowServices withLanguage(Localization language) {
        return over(store, language, reopened);
    }
}
