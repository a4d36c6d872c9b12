package org.briefingdesk.ui.records;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.ui.common.BackgroundTask;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.FailureSentence;
import org.briefingdesk.ui.common.LatestOnly;

/**
 * One record section: its rows, loaded in the background, whether it is loading, what went wrong,
 * and which record is selected. Knows nothing of nodes.
 */
public final class RecordTableViewModel {
    private final SectionTable table;
    private final RecordStore store;
    private final Localization l10n;
    private final BackgroundTasks tasks;
    private final ObservableList<RecordRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<UUID> selectedId = new SimpleObjectProperty<>();
    private boolean loaded;
    private final LatestOnly loads = new LatestOnly();
    private UUID pendingSelection;
    private boolean automaticSelection;

    public RecordTableViewModel(SectionTable table, RecordStore store, Localization l10n, BackgroundTasks tasks) {
        this.table = table;
        this.store = store;
        this.l10n = l10n;
        this.tasks = tasks;
    }

    public SectionTable table() {
        return table;
    }

    public ObservableList<RecordRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** The record shown in the detail pane; the view keeps the table's selection in step with it. */
    public ObjectProperty<UUID> selectedIdProperty() {
        return selectedId;
    }

    /** Loads the rows the first time the section is shown. */
    public void loadIfNeeded() {
        if (!loaded) {
            reload();
        }
    }

    /** Reads the rows again (after the data changed); the selection is kept when the record still exists. */
    public void reload() {
        loaded = true;
        BackgroundTask.of(() -> table.rows(store, l10n)).showingBusy(busy).latestOf(loads)
                .onRunning(() -> error.set(""))
                .onSuccess(this::show)
                .onFailure(failure -> error.set(FailureSentence.of(failure, l10n, FailureSentence.LOAD_FAILED)))
                .runWith(tasks);
    }

    private void show(List<RecordRow> result) {
        UUID pending = pendingSelection;
        pendingSelection = null;
        rows.setAll(result);
        Optional<RecordRow> chosen = find(pending).or(() -> find(selectedId.get()));
        // The detail pane is never blank when there is something to show: else the first row, which
        // nobody chose (so the back/forward history does not record it).
        automaticSelection = chosen.isEmpty();
        try {
            selectedId.set(chosen.or(() -> rows.stream().findFirst()).map(RecordRow::id).orElse(null));
        } finally {
            automaticSelection = false;
        }
    }

    /**
     * Selects the record with this id, now or as soon as the rows have loaded: a record just created is not
     * among the rows until the reload its save starts, so it is selected when that reload arrives.
     */
    public void select(UUID id) {
        Optional<RecordRow> row = find(id);
        if (busy.get() || !loaded || row.isEmpty()) {
            pendingSelection = id;
            loadIfNeeded();
        } else {
            selectedId.set(row.get().id());
        }
    }

    /** True while a reload selects the first row because nothing was chosen (read by selection listeners). */
    public boolean isSelectionAutomatic() {
        return automaticSelection;
    }

    public Optional<RecordRow> find(UUID id) {
        return id == null ? Optional.empty() : rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
