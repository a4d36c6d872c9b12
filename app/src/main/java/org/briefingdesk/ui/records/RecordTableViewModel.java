package org.briefingdesk.ui.records;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.RecordPages.Order;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.ui.common.BackgroundTask;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.FailureSentence;
import org.briefingdesk.ui.common.LatestOnly;
import org.briefingdesk.ui.common.PagedList;

/**
 * One record section: its rows, read a window at a time in the background in the order the user chose, whether
 * it is loading, what went wrong, and which record is selected. A reload (after an edit) keeps the order and
 * the selected record, and says where that record now stands. Knows nothing of nodes.
 */
public final class RecordTableViewModel {
    private final SectionTable table;
    private final RowSource source;
    private final Localization l10n;
    private final BackgroundTasks tasks;
    private final PagedList<RecordRow, Order> rows =
            new PagedList<>(this::loadWindow, Order.FIRST_COLUMN, RecordRow.PENDING, RecordRow::id);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<UUID> selectedId = new SimpleObjectProperty<>();
    private boolean loaded;
    private final LatestOnly loads = new LatestOnly();
    private Order order = Order.FIRST_COLUMN;
    private UUID pendingSelection;
    private boolean automaticSelection;
    private boolean resetting;
    private IntConsumer positioned = index -> { };

    public RecordTableViewModel(SectionTable table, RecordStore store, Localization l10n, BackgroundTasks tasks) {
        this.table = table;
        this.source = RowSource.of(table, store, l10n);
        this.l10n = l10n;
        this.tasks = tasks;
    }

    public SectionTable table() {
        return table;
    }

    /** All rows by count; those not read yet are {@link RecordRow#PENDING} until their window arrives. */
    public PagedList<RecordRow, Order> rows() {
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

    /** Told the row index of the selected record after each reload, to select it and scroll to it. */
    public void setOnPositioned(IntConsumer action) {
        positioned = action;
    }

    /** True while the rows start over (the table's selection then clears for a moment: not the user's doing). */
    public boolean isResetting() {
        return resetting;
    }

    /** Loads the rows the first time the section is shown. */
    public void loadIfNeeded() {
        if (!loaded) {
            reload();
        }
    }

    /** Sorts by a column (in the file where the store pages): the selected record stays selected. */
    public void sortBy(Order newOrder) {
        if (!newOrder.equals(order)) {
            order = newOrder;
            reload();
        }
    }

    public Order order() {
        return order;
    }

    /** Reads the rows again (after the data changed); the selection is kept when the record still exists. */
    public void reload() {
        loaded = true;
        Order asked = order;
        UUID wanted = pendingSelection != null ? pendingSelection : selectedId.get();
        BackgroundTask.of(() -> read(asked, wanted)).showingBusy(busy).latestOf(loads)
                .onRunning(() -> error.set(""))
                .onSuccess(this::show)
                .onFailure(failure -> error.set(FailureSentence.of(failure, l10n, FailureSentence.LOAD_FAILED)))
                .runWith(tasks);
    }

    /** What a reload reads: the count, the first window, and the window of the record to select. */
    private record Read(int count, Order order, Map<Integer, List<RecordRow>> windows, UUID wanted, int position) {
    }

    private Read read(Order asked, UUID wanted) {
        int count = source.count();
        Map<Integer, List<RecordRow>> windows = new HashMap<>();
        windows.put(0, source.page(asked, 0, PagedList.WINDOW));
        int position = wanted == null ? -1 : source.position(asked, wanted);
        int window = position / PagedList.WINDOW;
        if (position >= 0 && !windows.containsKey(window)) {
            windows.put(window, source.page(asked, window * PagedList.WINDOW, PagedList.WINDOW));
        }
        return new Read(count, asked, windows, wanted, position);
    }

    private void show(Read read) {
        pendingSelection = null;
        resetting = true;
        try {
            rows.reset(read.count(), read.order(), read.windows());
        } finally {
            resetting = false;
        }
        // The detail pane is never blank when there is something to show: else the first row, which
        // nobody chose (so the back/forward history does not record it).
        boolean found = read.position() >= 0;
        automaticSelection = !found;
        try {
            UUID first = rows.isEmpty() ? null : rows.get(0).id();
            selectedId.set(found ? read.wanted() : first);
        } finally {
            automaticSelection = false;
        }
        positioned.accept(found ? read.position() : rows.isEmpty() ? -1 : 0);
    }

    private void loadWindow(Order asked, int offset, int limit, Consumer<List<RecordRow>> loaded) {
        BackgroundTask.of(() -> source.page(asked, offset, limit))
                .onSuccess(loaded)
                .onFailure(failure -> error.set(FailureSentence.of(failure, l10n, FailureSentence.LOAD_FAILED)))
                .runWith(tasks);
    }

    /**
     * Selects the record with this id, now when its row is held, else once a reload found where it stands: a
     * record just created is not among the rows until the reload its save starts, so it is selected then.
     */
    public void select(UUID id) {
        int index = loaded && !busy.get() ? rows.indexOfLoaded(id) : -1;
        if (index >= 0) {
            selectedId.set(id);
            positioned.accept(index);
        } else {
            pendingSelection = id;
            reload();
        }
    }

    /** True while a reload selects the first row because nothing was chosen (read by selection listeners). */
    public boolean isSelectionAutomatic() {
        return automaticSelection;
    }

    /** A row held now (on screen or seen lately). */
    public Optional<RecordRow> find(UUID id) {
        return rows.findLoaded(id);
    }
}
