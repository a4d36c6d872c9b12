package org.briefingdesk.ui.shell;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.backup.StorageLocationCheck;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.DisplayFormat;
import org.briefingdesk.logic.store.BackupInfo;
import org.briefingdesk.logic.store.DamagedFileException;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.ServerAddress;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.common.BackgroundTask;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.DialogService;
import org.briefingdesk.ui.common.FailureSentence;

/**
 * The window's state: which section is shown, the database and its record counts for the status
 * bar, whether something is running, and the first-start offer of the sample data. No nodes here.
 */
public final class MainWindowViewModel {
    private static final System.Logger LOG = System.getLogger(MainWindowViewModel.class.getName());
    private final Localization l10n;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.OVERVIEW);
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty statusDatabase = new SimpleStringProperty("");
    private final StringProperty statusCounts = new SimpleStringProperty("");
    private final StringProperty statusMessage = new SimpleStringProperty("");
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private final SimpleObjectProperty<WindowServices> services = new SimpleObjectProperty<>();
    private final IntegerProperty dataVersion = new SimpleIntegerProperty(0);
    private final Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
    private final StringProperty banner = new SimpleStringProperty("");
    private final SimpleBooleanProperty readOnly = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty closing = new SimpleBooleanProperty(false);
    /** A check whether the other copy let the file go is under way (one at a time). */
    private final SimpleBooleanProperty checkingWriter = new SimpleBooleanProperty(false);
    private boolean takeOverDeclined;
    private boolean sampleOffered;
    private Function<BackupInfo, WindowServices> recovery;
    /** Live updates from a team server (nothing for a file); closed when another store is attached. */
    private AutoCloseable othersChanges = () -> { };
    private final AtomicBoolean othersChangePending = new AtomicBoolean();

    public MainWindowViewModel(Localization l10n, Path location, BackgroundTasks tasks, DialogService dialogs) {
        this.l10n = l10n;
        this.tasks = tasks;
        this.dialogs = dialogs;
        title.set(location == null ? l10n.get("app.title")
                : l10n.get("ui.window.title", l10n.get("app.title"), String.valueOf(location.getFileName())));
        statusDatabase.set(location == null ? "" : l10n.get("ui.status.database", location.toString()));
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty statusDatabaseProperty() {
        return statusDatabase;
    }

    public ReadOnlyStringProperty statusCountsProperty() {
        return statusCounts;
    }

    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Set once the database is open; the sections are built then. */
    public ReadOnlyObjectProperty<WindowServices> servicesProperty() {
        return services;
    }

    /** Goes up by one whenever records changed (the sample was loaded): loaded sections read again. */
    public ReadOnlyIntegerProperty dataVersionProperty() {
        return dataVersion;
    }

    /** Shows the window busy while the database opens. */
    public void opening() {
        busy.set(true);
        statusMessage.set(l10n.get("ui.opening"));
    }

    /** The file being opened is converted for this build first (once; minutes for a large file): says so. */
    public void upgrading(Path file) {
        if (busy.get()) {
            statusMessage.set(l10n.get("ui.status.upgradingFile", file.getFileName()));
        }
    }

    /**
     * The database is open: count its records, and on first start with an empty database offer the sample.
     *
     * @param offerSampleWhenEmpty false when the user already answered (the window was rebuilt in another language)
     */
    public void attach(WindowServices opened, boolean offerSampleWhenEmpty) {
        sampleOffered = !offerSampleWhenEmpty;
        readOnly.set(opened.store().readOnly());
        takeOverDeclined = false;
        services.set(opened);
        title.set(l10n.get("ui.window.title", l10n.get("app.title"), opened.store().shortName()));
        statusDatabase.set(l10n.get("ui.status.database", opened.store().displayName()));
        showBanner(opened);
        listenToOthers(opened);
        refreshCounts();
        watchIntegrity(opened);
    }

    /**
     * The file's integrity check may still be running while its data is shown. When it fails, the window lets go
     * of the data (no section reads the damaged file again) and goes the damaged-file way: the file was kept under
     * a new name, and its newest verified backup is offered.
     */
    private void watchIntegrity(WindowServices opened) {
        opened.store().integrityChecked().whenComplete((passed, failure) -> {
            if (failure != null) {
                Throwable found = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                tasks.run(() -> found, f -> damagedAfterOpening(opened, f), this::failed); // on to the FX thread
            }
        });
    }

    private void damagedAfterOpening(WindowServices opened, Throwable failure) {
        WindowServices current = services.get();
        if (current == null || current.store() != opened.store()) {
            return; // let go of already, or a restore opened the file again since
        }
        services.set(null);
        openFailed(failure);
    }

    /**
     * When someone else changes records on a team server, the sections, details and overview read
     * again (as after one's own change); an open form keeps what is typed. Changes arriving while the
     * window is still catching up with the last ones make one more refresh, not one each.
     */
    private void listenToOthers(WindowServices opened) {
        closeQuietly(othersChanges);
        othersChanges = opened.store().onOthersChanges(kind -> {
            if (othersChangePending.compareAndSet(false, true)) {
                tasks.onUiThread(() -> {
                    othersChangePending.set(false);
                    dataChanged();
                });
            }
        });
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "could not stop listening to live updates", e);
        }
    }

    /**
     * Connects to a team server in the background; on success the window works on it (and remembers
     * nothing of the password), on failure it says why in one sentence and stays on what it had.
     */
    public void connect(ServerAddress address, String password) {
        WindowServices current = services.get();
        if (current == null) {
            return;
        }
        busy.set(true);
        statusMessage.set(l10n.get("ui.status.connecting", address.displayName()));
        tasks.run(() -> current.connect(address, password), connected -> {
            busy.set(false);
            statusMessage.set("");
            attach(connected, false);
            dataChanged();
        }, this::failed);
    }

    /**
     * Opens another database file in the background (Soubor › Nová databáze… with {@link OpenMode#CREATE},
     * Otevřít… and Nedávné with {@link OpenMode#WRITE}); the file open now is closed, its closing backup
     * included, only once the new one is open. A refused file (another program's, damaged, newer, written by
     * another copy, or for a new database one that exists already) is named in a dialog with the reason, and
     * the window stays on the file it had.
     */
    public void openFile(Path file, OpenMode mode) {
        WindowServices current = services.get();
        if (current == null || closing.get() || busy.get()) {
            return;
        }
        Path target = file.toAbsolutePath().normalize();
        if (current.store().isLocalFile() && target.equals(current.store().location().toAbsolutePath().normalize())) {
            statusMessage.set(l10n.get("ui.file.alreadyOpen", target.getFileName()));
            return;
        }
        busy.set(true);
        statusMessage.set(l10n.get("ui.status.openingFile", target));
        tasks.run(() -> {
            if (mode == OpenMode.CREATE && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new UserFacingException("ui.file.exists", target);
            }
            if (current.needsUpgrade(target)) {
                tasks.onUiThread(() -> upgrading(target));
            }
            return current.open(target, mode);
        }, opened -> {
            busy.set(false);
            statusMessage.set("");
            attach(opened, false);
            dataChanged();
        }, failure -> {
            busy.set(false);
            statusMessage.set("");
            dialogs.showError(l10n.get("ui.file.refused.title"), refusal(failure, target));
        });
    }

    /** Why a file was not opened, in one sentence; another copy's writing gets the window's own words. */
    private String refusal(Throwable failure, Path file) {
        if (failure instanceof UserFacingException user && user.key().equals("error.db.locked")) {
            return l10n.get("ui.file.locked", file);
        }
        return FailureSentence.of(failure, l10n);
    }

    /** Soubor › Uložit kopii jako…: a verified copy of the open file, made in the background. */
    public void saveCopy(Path target) {
        WindowServices current = services.get();
        if (current == null || closing.get()) {
            return;
        }
        BackgroundTask.of(() -> current.saveCopy(target)).showingBusy(busy)
                .onRunning(() -> statusMessage.set(l10n.get("ui.status.savingCopy", target)))
                .onSuccess(copy -> {
                    statusMessage.set(l10n.get("ui.copy.saved", copy.file().getFileName()));
                    dialogs.showInformation(l10n.get("ui.copy.title"), null,
                            l10n.get("ui.copy.done", copy.file(), l10n.number(copy.total())));
                }).onFailure(this::failed).runWith(tasks);
    }

    /**
     * A line above the content when this copy may only read (another copy is writing), or when the
     * file lives where SQLite cannot protect it (a network or cloud-synchronised folder).
     */
    private void showBanner(WindowServices opened) {
        if (opened.store().readOnly()) {
            banner.set(l10n.get(opened.store().isLocalFile() ? "ui.banner.readOnly" : "ui.banner.reader"));
            return;
        }
        if (!opened.store().isLocalFile()) {
            banner.set("");
            return;
        }
        Path location = opened.store().location();
        BackgroundTask.of(() -> StorageLocationCheck.warningFor(location))
                .onSuccess(warning -> banner.set(warning.map(l10n::get).orElse("")))
                .onFailure(error -> banner.set(""))
                .runWith(tasks);
    }

    /**
     * True while another copy of the application writes the file: new, edit, delete, undo and the sample
     * are off, and the banner says why ("Soubor upravuje jiné okno").
     */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly;
    }

    /**
     * While read-only (called every second or so): once the other copy has closed the file, shows the data
     * as it is now and offers to take over writing, once; declined, the File menu still offers it.
     */
    public void checkWriter() {
        WindowServices current = services.get();
        if (current == null || !readOnly.get() || checkingWriter.get() || takeOverDeclined || closing.get()) {
            return;
        }
        BackgroundTask.of(current::writerGone).showingBusy(checkingWriter).onSuccess(gone -> {
            if (!gone || services.get() != current || takeOverDeclined) {
                return;
            }
            takeOverDeclined = true; // asked once
            dataChanged();
            if (dialogs.confirm(l10n.get("ui.takeOver.title"), l10n.get("ui.takeOver.header"),
                    l10n.get("ui.takeOver.text"))) {
                takeOverWriting();
            } else {
                banner.set(l10n.get("ui.banner.writerGone"));
            }
        }).runWith(tasks);
    }

    /** Opens the file for writing in place of the read-only store, when the other copy has let it go. */
    public void takeOverWriting() {
        WindowServices current = services.get();
        if (current == null || !readOnly.get()) {
            return;
        }
        BackgroundTask.of(() -> current.writerGone() ? current.reopenForWriting() : null).showingBusy(busy)
                .onSuccess(reopened -> {
                    if (reopened == null) {
                        dialogs.showInformation(l10n.get("ui.takeOver.title"), null,
                                l10n.get("ui.takeOver.stillWriting"));
                        return;
                    }
                    attach(reopened, false);
                }).onFailure(this::failed).runWith(tasks);
    }

    /**
     * A key delivered only the lower half of a character beyond U+FFFF (an emoji on Linux): it was not
     * typed, and the status bar says how to enter it instead.
     */
    public void refusedCharacter() {
        statusMessage.set(l10n.get("ui.status.halfCharacter"));
    }

    /** Quitting: the window takes no more input and says it is closing. */
    public void closing() {
        closing.set(true);
        busy.set(true);
        statusMessage.set(l10n.get("ui.status.closing"));
    }

    public ReadOnlyBooleanProperty closingProperty() {
        return closing;
    }

    /** The warning or read-only line; empty when there is nothing to say. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner;
    }

    /**
     * How the window recovers a damaged file: restores the given backup and opens the file again
     * (called off the FX thread). Set by the application's wiring.
     */
    public void setRecovery(Function<BackupInfo, WindowServices> recovery) {
        this.recovery = recovery;
    }

    /**
     * The database could not be opened: say so in one sentence and keep the window. A damaged file
     * (kept under a new name) gets the offer to restore the newest verified backup, with its date.
     */
    public void openFailed(Throwable failure) {
        busy.set(false);
        statusMessage.set(l10n.get("ui.status.openFailed"));
        if (failure instanceof DamagedFileException damaged && damaged.newestBackup().isPresent() && recovery != null) {
            BackupInfo backup = damaged.newestBackup().get();
            String when = new DisplayFormat(l10n, null).time(backup.createdAt());
            if (dialogs.confirm(l10n.get("ui.dialog.damaged.title"), FailureSentence.of(failure, l10n),
                    l10n.get("ui.dialog.damaged.offer", when, String.valueOf(backup.total())))) {
                BackgroundTask.of(() -> recovery.apply(backup)).showingBusy(busy)
                        .onRunning(() -> statusMessage.set(l10n.get("ui.status.restoring")))
                        .onSuccess(restored -> {
                            attach(restored, false);
                            dialogs.showInformation(l10n.get("ui.dialog.damaged.title"), null,
                                    l10n.get("ui.status.restored", when));
                        }).onFailure(this::failed).runWith(tasks);
            }
            return;
        }
        dialogs.showError(l10n.get("ui.dialog.openFailed.title"), FailureSentence.of(failure, l10n));
    }

    public void refreshCounts() {
        WindowServices current = services.get();
        if (current == null || closing.get()) {
            return;
        }
        BackgroundTask.of(() -> current.store().counts()).showingBusy(busy).onSuccess(result -> {
            statusMessage.set("");
            counts.clear();
            counts.putAll(result);
            statusCounts.set(countsText());
            if (!sampleOffered) {
                sampleOffered = true; // asked about the first time the file is counted, if at all
                if (total() == 0) {
                    offerSample();
                }
            }
        }).onFailure(this::failed).runWith(tasks);
    }

    /** Offers the sample if the open database is empty: once the first start's question about the name is done. */
    public void offerSampleWhenEmpty() {
        sampleOffered = false;
        refreshCounts();
    }

    /** Asks whether to load the sample press release into the empty database. */
    public void offerSample() {
        if (dialogs.confirm(l10n.get("ui.dialog.sample.title"), l10n.get("ui.dialog.sample.header"),
                l10n.get("ui.dialog.sample.text"))) {
            loadSample(false);
        }
    }

    /**
     * Loads the sample in the background (loading twice does not duplicate), then refreshes every section.
     *
     * @param confirmWhenDone true to tell the user when it is done (from the menu)
     */
    public void loadSample(boolean confirmWhenDone) {
        WindowServices current = services.get();
        if (current == null) {
            return;
        }
        BackgroundTask.of(() -> loadSampleOnce(current)).showingBusy(busy)
                .onRunning(() -> statusMessage.set(l10n.get("ui.status.loadingSample")))
                .onSuccess(already -> {
                    statusMessage.set("");
                    dataVersion.set(dataVersion.get() + 1);
                    refreshCounts();
                    if (confirmWhenDone) {
                        dialogs.showInformation(l10n.get("ui.dialog.sample.title"), null,
                                l10n.get(already ? "ui.dialog.sample.already" : "ui.dialog.sample.done"));
                    }
                }).onFailure(this::failed).runWith(tasks);
    }

    /** Loads the sample unless it is there already (off the FX thread); true when it was. */
    private static boolean loadSampleOnce(WindowServices services) {
        boolean already = services.sampleLoaded();
        if (!already) {
            services.loadSample();
        }
        return already;
    }

    /** Records were created, changed or deleted: loaded sections read again and the counts are updated. */
    public void dataChanged() {
        dataVersion.set(dataVersion.get() + 1);
        refreshCounts();
    }

    public long count(RecordKind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private String countsText() {
        StringJoiner joiner = new StringJoiner("  ·  ");
        for (Section s : Section.values()) {
            // A kind and its count stay on one line when the bar wraps (large text, a narrow window).
            s.kind().ifPresent(kind -> joiner.add(l10n.get(s.titleKey()) + "\u00a0" + l10n.number(count(kind))));
        }
        return l10n.get("ui.status.counts", total(), joiner.toString());
    }

    private void failed(Throwable failure) {
        statusMessage.set("");
        dialogs.showError(l10n.get("ui.dialog.error.title"), FailureSentence.of(failure, l10n));
    }
}
