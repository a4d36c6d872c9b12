package org.briefingdesk.ui.overview;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.CzechText;

/** The overview: how many records of each kind, the latest events and the commitments still open. */
public final class OverviewViewModel {
    static final int RECENT_EVENTS = 6;
    static final int OPEN_COMMITMENTS = 6;

    private final RecordStore store;
    private final Localization l10n;
    private final BackgroundTasks tasks;
    private final ObservableMap<RecordKind, Long> counts = FXCollections.observableMap(new EnumMap<>(RecordKind.class));
    private final ObservableList<OverviewItem> recentEvents = FXCollections.observableArrayList();
    private final ObservableList<OverviewItem> openCommitments = FXCollections.observableArrayList();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private final SimpleStringProperty error = new SimpleStringProperty("");

    public OverviewViewModel(RecordStore store, Localization l10n, BackgroundTasks tasks) {
        this.store = store;
        this.l10n = l10n;
        this.tasks = tasks;
    }

    public ObservableMap<RecordKind, Long> counts() {
        return counts;
    }

    public ObservableList<OverviewItem> recentEvents() {
        return recentEvents;
    }

    public ObservableList<OverviewItem> openCommitments() {
        return openCommitments;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public void reload() {
        busy.set(true);
        error.set("");
        tasks.run(this::read, data -> {
            counts.clear();
            counts.putAll(data.counts());
            recentEvents.setAll(data.recentEvents());
            openCommitments.setAll(data.openCommitments());
            busy.set(false);
        }, failure -> {
            busy.set(false);
            error.set(l10n.get("ui.error.loadFailed"));
        });
    }

    private Data read() {
        Map<RecordKind, Long> kinds = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            kinds.put(kind, 0L);
        }
        kinds.putAll(store.counts());
        List<OverviewItem> events = store.events().findAll().stream()
                .sorted(Comparator.comparing((Event e) -> e.startDate() == null ? LocalDate.MIN : e.startDate())
                        .reversed()
                        .thenComparing(e -> e.parentId() != null)
                        .thenComparing(Event::title, CzechText.collation()))
                .limit(RECENT_EVENTS)
                .map(e -> new OverviewItem(e.id(), RecordKind.EVENT, e.title(),
                        join(CzechText.date(e.startDate()), l10n.of(e.kind()), e.city())))
                .collect(Collectors.toList());
        List<OverviewItem> commitments = store.commitments().findAll().stream()
                .filter(c -> c.status().isPending())
                .sorted(Comparator.comparing((Commitment c) -> c.dueDate() == null ? LocalDate.MAX : c.dueDate()))
                .limit(OPEN_COMMITMENTS)
                .map(c -> new OverviewItem(c.id(), RecordKind.COMMITMENT, RecordLabels.label(c),
                        c.dueDate() == null ? l10n.of(c.status())
                                : join(l10n.of(c.status()), l10n.get("ui.overview.due", CzechText.date(c.dueDate())))))
                .collect(Collectors.toList());
        return new Data(kinds, events, commitments);
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
    }

    private record Data(Map<RecordKind, Long> counts, List<OverviewItem> recentEvents,
                        List<OverviewItem> openCommitments) {
    }
}
