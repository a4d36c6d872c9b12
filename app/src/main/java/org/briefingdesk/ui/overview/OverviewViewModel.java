package org.briefingdesk.ui.overview;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.DisplayFormat;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.ChangeEntry;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.common.BackgroundTask;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.CzechText;
import org.briefingdesk.ui.common.FailureSentence;
import org.briefingdesk.ui.common.LatestOnly;

/**
 * The overview, read in the background: how many records of each kind, the events to come (soonest first)
 * and the latest ones that took place, the commitments still open by due date (those past it marked), and
 * the records edited last.
 */
public final class OverviewViewModel {
    static final int EVENTS = 6;
    static final int OPEN_COMMITMENTS = 6;
    static final int RECENT_EDITS = 8;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d. M. yyyy H:mm");

    private final RecordStore store;
    private final Localization l10n;
    private final BackgroundTasks tasks;
    private final Supplier<LocalDate> today;
    private final ObservableMap<RecordKind, Long> counts = FXCollections.observableMap(new EnumMap<>(RecordKind.class));
    private final ObservableList<OverviewItem> upcomingEvents = FXCollections.observableArrayList();
    private final ObservableList<OverviewItem> recentEvents = FXCollections.observableArrayList();
    private final ObservableList<OverviewItem> openCommitments = FXCollections.observableArrayList();
    private final ObservableList<OverviewItem> recentEdits = FXCollections.observableArrayList();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private final SimpleStringProperty error = new SimpleStringProperty("");
    private final LatestOnly reloads = new LatestOnly();

    public OverviewViewModel(RecordStore store, Localization l10n, BackgroundTasks tasks) {
        this(store, l10n, tasks, LocalDate::now);
    }

    public OverviewViewModel(RecordStore store, Localization l10n, BackgroundTasks tasks, Supplier<LocalDate> today) {
        this.store = store;
        this.l10n = l10n;
        this.tasks = tasks;
        this.today = today;
    }

    public ObservableMap<RecordKind, Long> counts() {
        return counts;
    }

    /** Events starting today or later, soonest first. */
    public ObservableList<OverviewItem> upcomingEvents() {
        return upcomingEvents;
    }

    /** Events that started before today, latest first (a summit before its side meetings). */
    public ObservableList<OverviewItem> recentEvents() {
        return recentEvents;
    }

    public ObservableList<OverviewItem> openCommitments() {
        return openCommitments;
    }

    /** The records changed last (each once, still existing), newest first. */
    public ObservableList<OverviewItem> recentEdits() {
        return recentEdits;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Reads everything again; a reload started meanwhile wins over this one. */
    public void reload() {
        LocalDate day = today.get();
        BackgroundTask.of(() -> read(day)).showingBusy(busy).latestOf(reloads)
                .onRunning(() -> error.set(""))
                .onSuccess(data -> {
                    counts.clear();
                    counts.putAll(data.counts());
                    upcomingEvents.setAll(data.upcomingEvents());
                    recentEvents.setAll(data.recentEvents());
                    openCommitments.setAll(data.openCommitments());
                    recentEdits.setAll(data.recentEdits());
                })
                .onFailure(failure -> error.set(FailureSentence.of(failure, l10n, FailureSentence.LOAD_FAILED)))
                .runWith(tasks);
    }

    private Data read(LocalDate day) {
        Map<RecordKind, Long> kinds = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            kinds.put(kind, 0L);
        }
        kinds.putAll(store.counts());
        // Only the events and commitments shown are read: a record base of years has 10,000 and 5,000 of them.
        Comparator<Event> byStart = Comparator.comparing(e -> e.startDate() == null ? LocalDate.MIN : e.startDate());
        Comparator<Event> summitsFirst = Comparator.comparing((Event e) -> e.parentId() != null)
                .thenComparing(Event::title, CzechText.collation());
        List<OverviewItem> upcoming = store.events().findSoonestFrom(day, EVENTS).stream()
                .sorted(byStart.thenComparing(summitsFirst))
                .limit(EVENTS).map(this::eventItem).toList();
        List<OverviewItem> recent = store.events().findLatestBefore(day, EVENTS).stream()
                .sorted(byStart.reversed().thenComparing(summitsFirst))
                .limit(EVENTS).map(this::eventItem).toList();
        // Earliest due date first, so the overdue ones lead; each is marked.
        List<OverviewItem> commitments = store.commitments().findPendingByDueDate(OPEN_COMMITMENTS).stream()
                .map(c -> commitmentItem(c, day))
                .toList();
        return new Data(kinds, upcoming, recent, commitments, readRecentEdits());
    }

    private OverviewItem commitmentItem(Commitment c, LocalDate day) {
        boolean overdue = c.dueDate() != null && c.dueDate().isBefore(day);
        String due = c.dueDate() == null ? ""
                : l10n.get(overdue ? "ui.overview.overdue" : "ui.overview.due", date(c.dueDate()));
        return new OverviewItem(c.id(), RecordKind.COMMITMENT, RecordLabels.label(c), join(l10n.of(c.status()), due),
                overdue);
    }

    /** A date in the style of the user's language, as the tables show it. */
    private String date(LocalDate date) {
        return date == null ? "" : DisplayFormat.dates(l10n.locale()).format(date);
    }

    private OverviewItem eventItem(Event e) {
        return new OverviewItem(e.id(), RecordKind.EVENT, e.title(),
                join(date(e.startDate()), l10n.of(e.kind()), e.city()));
    }

    /** Reads a few more history entries than shown: several may name the same record, or a deleted one. */
    private List<OverviewItem> readRecentEdits() {
        Set<Object> seen = new HashSet<>();
        return store.history().findRecent(RECENT_EDITS * 5).stream()
                .filter(entry -> seen.add(entry.recordId()))
                .map(entry -> store.findRecord(entry.recordId())
                        .map(record -> new OverviewItem(record.id(), record.recordKind(), RecordLabels.label(record),
                                editDetail(entry)))
                        .orElse(null))
                .filter(Objects::nonNull)
                .limit(RECENT_EDITS)
                .toList();
    }

    private String editDetail(ChangeEntry entry) {
        String when = entry.changedAt() == null ? ""
                : TIME.format(entry.changedAt().atZone(ZoneId.systemDefault()));
        return join(l10n.of(entry.kind()), l10n.of(entry.action()), when, entry.changedBy());
    }

    private static String join(String... parts) {
        return Arrays.stream(parts).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
    }

    private record Data(Map<RecordKind, Long> counts, List<OverviewItem> upcomingEvents,
                        List<OverviewItem> recentEvents, List<OverviewItem> openCommitments,
                        List<OverviewItem> recentEdits) {
    }
}
