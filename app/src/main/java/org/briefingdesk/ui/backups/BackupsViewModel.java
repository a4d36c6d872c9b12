package org.briefingdesk.ui.backups;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.DisplayFormat;
import org.briefingdesk.logic.store.BackupInfo;
import org.briefingdesk.logic.store.RestorePlan;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.common.BackgroundTask;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.DialogService;
import org.briefingdesk.ui.common.FailureSentence;
import org.briefingdesk.ui.shell.RestoreFailedException;
import org.briefingdesk.ui.shell.WindowServices;

/**
 * The backups of the open file, a backup now, and a restore that first shows what the backup holds
 * next to the current data and asks again, plainly, when the backup is empty or much smaller.
 */
public final class BackupsViewModel {
    private final WindowServices services;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Localization l10n;
    private final Consumer<WindowServices> reopened;
    private final ObservableList<BackupInfo> backups = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");

    /**
     * @param reopened the window carries on with these services after a restore reopened the file
     */
    public BackupsViewModel(WindowServices services, BackgroundTasks tasks, DialogService dialogs,
                            Consumer<WindowServices> reopened) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.l10n = services.l10n();
        this.reopened = reopened;
    }

    public void load() {
        BackgroundTask.of(services::backups).showingBusy(busy).onSuccess(backups::setAll).onFailure(this::failed)
                .runWith(tasks);
    }

    public void backupNow() {
        BackgroundTask.of(services::backupNow).showingBusy(busy).onSuccess(made -> {
            message.set(l10n.get("ui.backups.made", format().time(made.createdAt())));
            load();
        }).onFailure(this::failed).runWith(tasks);
    }

    /** Shows the comparison, asks, and restores; true once a restore has been started. */
    public void restore(BackupInfo backup) {
        BackgroundTask.of(() -> services.planRestore(backup.file())).showingBusy(busy).onSuccess(plan -> {
            if (!dialogs.confirm(l10n.get("ui.backups.restoreTitle"), l10n.get("ui.backups.restoreHeader",
                    format().time(backup.createdAt())), comparison(plan))) {
                return;
            }
            boolean force = false;
            if (plan.needsConfirmation()) {
                force = dialogs.confirm(l10n.get("ui.backups.restoreTitle"), l10n.get("ui.backups.smallerHeader"),
                        l10n.get("ui.backups.smallerMessage", plan.backupTotal(), plan.currentTotal()));
                if (!force) {
                    return;
                }
            }
            runRestore(plan, force);
        }).onFailure(this::failed).runWith(tasks);
    }

    private void runRestore(RestorePlan plan, boolean force) {
        BackgroundTask.of(() -> services.restore(plan, force)).showingBusy(busy).onSuccess(restored -> {
            reopened.accept(restored);
            message.set(l10n.get("ui.backups.restored"));
        }).onFailure(error -> {
            if (error instanceof RestoreFailedException failed) {
                reopened.accept(failed.reopened());
                failed(failed.getCause());
            } else {
                failed(error);
            }
        }).runWith(tasks);
    }

    /** Counts per kind, current file next to the backup, and each side's newest change. */
    String comparison(RestorePlan plan) {
        StringBuilder text = new StringBuilder(l10n.get("ui.backups.compareHeader")).append('\n');
        for (RecordKind kind : RecordKind.values()) {
            text.append(l10n.get("ui.backups.compareLine", l10n.of(kind),
                    plan.currentReadable() ? String.valueOf(plan.currentCounts().getOrDefault(kind, 0L)) : "?",
                    String.valueOf(plan.backupCounts().getOrDefault(kind, 0L)))).append('\n');
        }
        text.append(l10n.get("ui.backups.compareNewest",
                plan.currentNewestChange() == null ? "–" : format().time(plan.currentNewestChange()),
                plan.backupNewestChange() == null ? "–" : format().time(plan.backupNewestChange())));
        return text.toString();
    }

    private DisplayFormat format() {
        return new DisplayFormat(l10n, null);
    }

    private void failed(Throwable error) {
        String sentence = FailureSentence.of(error, l10n);
        message.set(sentence);
        dialogs.showError(l10n.get("ui.backups.title"), sentence);
    }

    /** The reason a backup was made, in words. */
    public String reason(BackupInfo backup) {
        return switch (backup.reason()) {
            case "OPEN" -> l10n.get("ui.backups.reason.open");
            case "CLOSE" -> l10n.get("ui.backups.reason.close");
            case "PERIODIC" -> l10n.get("ui.backups.reason.periodic");
            case "MIGRATION" -> l10n.get("ui.backups.reason.migration");
            case "RESTORE" -> l10n.get("ui.backups.reason.restore");
            case "IMPORT" -> l10n.get("ui.backups.reason.import");
            default -> l10n.get("ui.backups.reason.manual");
        };
    }

    public String time(BackupInfo backup) {
        return format().time(backup.createdAt());
    }

    public ObservableList<BackupInfo> backups() {
        return backups;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public Localization l10n() {
        return l10n;
    }
}
