package org.briefingdesk.ui.detail;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.LinkGroup;
import org.briefingdesk.logic.records.RecordDetail;
import org.briefingdesk.logic.records.RecordLink;
import org.briefingdesk.ui.common.BackgroundTask;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.FailureSentence;
import org.briefingdesk.ui.common.LatestOnly;

/** The read-only detail of one record, read in the background whenever another record is selected. */
public final class DetailViewModel {
    private final Function<UUID, Optional<RecordDetail>> describe;
    private final BackgroundTasks tasks;
    private final Localization l10n;
    private final SimpleObjectProperty<RecordDetail> detail = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private final SimpleStringProperty error = new SimpleStringProperty("");
    private final LatestOnly requests = new LatestOnly();
    private UUID requested;

    /** @param describe reads a record with everything linked to it (touches the database) */
    public DetailViewModel(Function<UUID, Optional<RecordDetail>> describe, BackgroundTasks tasks, Localization l10n) {
        this.describe = describe;
        this.tasks = tasks;
        this.l10n = l10n;
    }

    /** The record shown; null when nothing is selected. */
    public ReadOnlyObjectProperty<RecordDetail> detailProperty() {
        return detail;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Shows the record with this id (null: nothing). A slower earlier answer never overwrites a later one. */
    public void show(UUID id) {
        requested = id;
        error.set("");
        if (id == null) {
            requests.supersede();
            busy.set(false);
            detail.set(null);
            return;
        }
        BackgroundTask.of(() -> describe.apply(id)).showingBusy(busy).latestOf(requests)
                .onSuccess(result -> {
                    detail.set(result.orElse(null));
                    if (result.isEmpty()) {
                        error.set(l10n.get("ui.detail.missing"));
                    }
                })
                .onFailure(failure -> {
                    detail.set(null);
                    error.set(FailureSentence.of(failure, l10n, FailureSentence.LOAD_FAILED));
                })
                .runWith(tasks);
    }

    /**
     * Reads {@code limit} more links of a long group from {@code offset} on in the background and hands them to
     * {@code shown} (on the FX thread); a failure is said in the pane's error line.
     */
    public void readMoreLinks(LinkGroup group, int offset, int limit, Consumer<List<RecordLink>> shown) {
        BackgroundTask.of(() -> group.rest().read(offset, limit)).showingBusy(busy)
                .onSuccess(shown)
                .onFailure(failure -> error.set(FailureSentence.of(failure, l10n, FailureSentence.LOAD_FAILED)))
                .runWith(tasks);
    }

    /** Reads the shown record again (after the data changed). */
    public void refresh() {
        show(requested);
    }
}
