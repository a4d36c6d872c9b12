package org.briefingdesk.ui.shell;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletionException;
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
import java.util.function.Function;
import org.briefingdesk.logic.backup.StorageLocationCheck;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.DisplayFormat;
import org.briefingdesk.logic.store.BackupInfo;
import org.briefingdesk.logic.store.DamagedFileException;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.DialogService;

/**
 * The window's state: which section is shown, the database and its record counts for the status
 * bar, whether something is running, and the first-start offer of the sample data. No nodes here.
 */
public final class MainWindowViewModel {
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
    private boolean sampleOffered;
    private Function<BackupInfo, WindowServices> recovery;

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

    /**
     * The database is open: count its records, and on first start with an empty database offer the sample.
     *
     * @param offerSampleWhenEmpty false when the user already answered (the window was rebuilt in another language)
     */
    public void attach(WindowServices opened, boolean offerSampleWhenEmpty) {
        sampleOffered = !offerSampleWhenEmpty;
        services.set(opened);
        statusDatabase.set(l10n.get("ui.status.database", opened.store().location().toString()));
        showBanner(opened);
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
     * A line above the content when this copy may only read (another copy is writing), or when the
     * file lives where SQLite cannot protect it (a network or cloud-synchronised folder).
     */
    private void showBanner(WindowServices opened) {
        if (opened.store().readOnly()) {
            banner.set(l10n.get("ui.banner.readOnly"));
            return;
        }
        java.nio.file.Path location = opened.store().location();
        tasks.run(() -> StorageLocationCheck.warningFor(location), warning -> banner.set(warning.map(l10n::get).orElse("")),
                error -> banner.set(""));
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
            if (dialogs.confirm(l10n.get("ui.dialog.damaged.title"), describe(failure),
                    l10n.get("ui.dialog.damaged.offer", when, String.valueOf(backup.total())))) {
                busy.set(true);
                statusMessage.set(l10n.get("ui.status.restoring"));
                tasks.run(() -> recovery.apply(backup), restored -> {
                    busy.set(false);
                    attach(restored, false);
                    dialogs.showInformation(l10n.get("ui.dialog.damaged.title"), null,
                            l10n.get("ui.status.restored", when));
                }, this::failed);
            }
            return;
        }
        dialogs.showError(l10n.get("ui.dialog.openFailed.title"), describe(failure));
    }

    /**
     * A bundle of records (.bdesk) was opened with the application: this version cannot read bundles yet, and
     * says so rather than opening nothing; the window shows the user's database.
     */
    public void bundleHandedOver(Path bundle) {
        dialogs.showInformation(l10n.get("ui.bundle.title"), null,
                l10n.get("ui.bundle.notYet", String.valueOf(bundle.getFileName())));
    }

    public void refreshCounts() {
        WindowServices current = services.get();
        if (current == null) {
            return;
        }
        busy.set(true);
        tasks.run(() -> current.store().counts(), result -> {
            busy.set(false);
            statusMessage.set("");
            counts.clear();
            counts.putAll(result);
            statusCounts.set(countsText());
            if (!sampleOffered && total() == 0) {
                sampleOffered = true;
                offerSample();
            }
        }, this::failed);
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
        busy.set(true);
        statusMessage.set(l10n.get("ui.status.loadingSample"));
        tasks.run(() -> {
            boolean already = current.sampleLoaded();
            if (!already) {
                current.loadSample();
            }
            return already;
        }, already -> {
            busy.set(false);
            statusMessage.set("");
            dataVersion.set(dataVersion.get() + 1);
            refreshCounts();
            if (confirmWhenDone) {
                dialogs.showInformation(l10n.get("ui.dialog.sample.title"), null,
                        l10n.get(already ? "ui.dialog.sample.already" : "ui.dialog.sample.done"));
            }
        }, this::failed);
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
            s.kind().ifPresent(kind -> joiner.add(l10n.get(s.titleKey()) + " " + l10n.number(count(kind))));
        }
        return l10n.get("ui.status.counts", total(), joiner.toString());
    }

    private void failed(Throwable failure) {
        busy.set(false);
        statusMessage.set("");
        dialogs.showError(l10n.get("ui.dialog.error.title"), describe(failure));
    }

    private String describe(Throwable failure) {
        if (failure instanceof UserFacingException) {
            return ((UserFacingException) failure).localizedMessage(l10n);
        }
        return l10n.get("ui.error.unexpected");
    }
}
