package org.briefingdesk.ui.shell;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.briefings.BriefingsViewModel;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.Navigator;
import org.briefingdesk.ui.detail.DetailViewModel;
import org.briefingdesk.ui.overview.OverviewViewModel;
import org.briefingdesk.ui.records.RecordTableViewModel;
import org.briefingdesk.ui.records.SectionTable;

/**
 * What the window's content area works with, no nodes here: each section's page models (built the first
 * time the section is shown), which pages must read again when shown next, the back/forward history of the
 * records opened, and the navigator that opens a record in its section. The table → detail → history
 * wiring lives here; the view only draws the pages.
 */
public final class WorkspaceViewModel implements Navigator {
    private final ObjectProperty<Section> section;
    private final ReadOnlyObjectProperty<WindowServices> services;
    private final Localization l10n;
    private final BackgroundTasks tasks;
    private final Function<WindowServices, BriefingsViewModel> briefingsFactory;
    private final NavigationHistory history = new NavigationHistory();
    private final Map<Section, RecordTableViewModel> tables = new EnumMap<>(Section.class);
    private final Map<Section, DetailViewModel> details = new EnumMap<>(Section.class);
    /** Sections whose page has been on screen since the store was opened. */
    private final Set<Section> shown = EnumSet.noneOf(Section.class);
    /**
     * Sections whose pages were off screen when the data changed: they read again when shown next
     * (100,000 statements take seconds to read; every save would have read them again).
     */
    private final Set<Section> stale = EnumSet.noneOf(Section.class);
    private final BooleanProperty formOpen = new SimpleBooleanProperty(false);
    /** True while search results cover the section's page. */
    private final BooleanProperty resultsShown = new SimpleBooleanProperty(false);
    /** The record selected in the section on screen. */
    private final ObjectProperty<UUID> selected = new SimpleObjectProperty<>();
    private final BooleanBinding canChangeRecords;
    private final BooleanBinding canChangeSelected;
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoForward;
    private OverviewViewModel overview;
    private BriefingsViewModel briefings;
    private boolean navigating;
    private Runnable showAgain = () -> { };

    /**
     * @param section          the section on screen (the window's)
     * @param services         the open store's services, null while it opens
     * @param readOnly         true while another copy of the application writes the file
     * @param briefingsFactory the Podklady section's model over the open store (it needs the window's desktop)
     */
    public WorkspaceViewModel(ObjectProperty<Section> section, ReadOnlyObjectProperty<WindowServices> services,
                              ObservableBooleanValue readOnly, Localization l10n, BackgroundTasks tasks,
                              Function<WindowServices, BriefingsViewModel> briefingsFactory) {
        this.section = section;
        this.services = services;
        this.l10n = l10n;
        this.tasks = tasks;
        this.briefingsFactory = briefingsFactory;
        BooleanBinding recordSection = Bindings.createBooleanBinding(
                () -> section.get().kind().isPresent() && services.get() != null, section, services);
        canChangeRecords = recordSection.and(formOpen.not()).and(resultsShown.not()).and(Bindings.not(readOnly));
        canChangeSelected = canChangeRecords.and(selected.isNotNull());
        section.addListener((obs, old, now) -> selected.set(selectedId()));
        canGoBack = history.canGoBackProperty().and(formOpen.not());
        canGoForward = history.canGoForwardProperty().and(formOpen.not());
    }

    /** True while a record form is open: the history and the section stay where they are. */
    public BooleanProperty formOpenProperty() {
        return formOpen;
    }

    /** True while search results cover the section's page: the actions then have no section to act on. */
    public BooleanProperty resultsShownProperty() {
        return resultsShown;
    }

    /** New: a record section is on screen, not covered by search results; no form is open; the file may be written. */
    public ObservableBooleanValue canChangeRecords() {
        return canChangeRecords;
    }

    /** Edit and delete: as {@link #canChangeRecords}, and a record of the section on screen is selected. */
    public ObservableBooleanValue canChangeSelected() {
        return canChangeSelected;
    }

    public ObservableBooleanValue canGoBack() {
        return canGoBack;
    }

    public ObservableBooleanValue canGoForward() {
        return canGoForward;
    }

    /** What to do when a record of the section already chosen is opened: put its page back over search results. */
    public void setOnShowAgain(Runnable showAgain) {
        this.showAgain = showAgain;
    }

    // --- the pages' models ---

    /** The overview's model, built (and read) the first time it is asked for. */
    public OverviewViewModel overview() {
        if (overview == null) {
            overview = new OverviewViewModel(store().store(), l10n, tasks);
            overview.reload();
        }
        return overview;
    }

    /** The Podklady section's model, built (and its choices read) the first time it is asked for. */
    public BriefingsViewModel briefings() {
        if (briefings == null) {
            briefings = briefingsFactory.apply(store());
            briefings.load();
        }
        return briefings;
    }

    /** The table of a record section, built the first time it is asked for (its detail pane with it). */
    public RecordTableViewModel table(Section recordSection) {
        RecordTableViewModel table = tables.get(recordSection);
        if (table == null) {
            table = build(recordSection);
        }
        return table;
    }

    /**
     * The rows (records, for the overview) a page's model has read; -1 while it reads, after a failure, or when
     * it is not built yet. What the start probe waits for.
     */
    public long readRows(Section section) {
        if (section == Section.OVERVIEW) {
            boolean read = overview != null && !overview.busyProperty().get()
                    && overview.errorProperty().get().isEmpty();
            return read ? overview.counts().values().stream().mapToLong(Long::longValue).sum() : -1;
        }
        RecordTableViewModel table = tables.get(section);
        boolean read = table != null && !table.busyProperty().get() && table.errorProperty().get().isEmpty();
        return read ? table.rows().size() : -1;
    }

    /** The detail pane beside the section's table. */
    public DetailViewModel detail(Section recordSection) {
        table(recordSection);
        return details.get(recordSection);
    }

    private RecordTableViewModel build(Section recordSection) {
        RecordKind kind = recordSection.kind().orElseThrow();
        WindowServices open = store();
        RecordTableViewModel table = new RecordTableViewModel(SectionTable.of(kind), open.store(), l10n, tasks);
        DetailViewModel detail = new DetailViewModel(open::describe, tasks, l10n);
        table.selectedIdProperty().addListener((obs, old, id) -> {
            detail.show(id);
            if (section.get() == recordSection) {
                selected.set(id);
            }
            if (!navigating && id != null && !table.isSelectionAutomatic()) {
                history.visit(kind, id);
            }
        });
        tables.put(recordSection, table);
        details.put(recordSection, detail);
        return table;
    }

    private WindowServices store() {
        WindowServices open = services.get();
        if (open == null) {
            throw new IllegalStateException("no store is open yet");
        }
        return open;
    }

    /**
     * The section's page is on screen (its models built): a page stale since the data changed reads again,
     * a table shown for the first time reads its rows.
     */
    public void shown(Section onScreen) {
        boolean before = !shown.add(onScreen);
        if (stale.remove(onScreen) && before) {
            readAgain(onScreen);
        } else if (tables.containsKey(onScreen)) {
            tables.get(onScreen).loadIfNeeded();
        }
    }

    /** The user clicked a row: even the one a reload chose by itself becomes a place to come back to. */
    public void rowChosen(Section recordSection) {
        RecordTableViewModel table = tables.get(recordSection);
        if (!navigating && table != null && table.selectedIdProperty().get() != null) {
            history.visit(recordSection.kind().orElseThrow(), table.selectedIdProperty().get());
        }
    }

    /** After a change: the section on screen reads its data again now, the others when shown next. */
    public void dataChanged() {
        Section current = section.get();
        stale.addAll(EnumSet.complementOf(EnumSet.of(current)));
        readAgain(current);
    }

    /** A restore reopened the file: every page is built anew over the new store. */
    public void forget() {
        tables.clear();
        details.clear();
        shown.clear();
        stale.clear();
        overview = null;
        briefings = null;
        selected.set(null);
    }

    /** Reads again what a section's page shows: the overview, or the table and the detail pane. */
    private void readAgain(Section again) {
        if (again == Section.OVERVIEW && overview != null) {
            overview.reload();
        }
        RecordTableViewModel table = tables.get(again);
        if (table != null) {
            table.reload();
        }
        DetailViewModel detail = details.get(again);
        if (detail != null) {
            detail.refresh();
        }
    }

    // --- navigation ---

    /** Shows the record (or, with id null, just the section) of this kind. */
    @Override
    public void open(RecordKind kind, UUID id) {
        Section target = Section.of(kind);
        if (section.get() == target) {
            showAgain.run(); // in place of search results that covered the section
        } else {
            section.set(target);
        }
        RecordTableViewModel table = tables.get(target);
        if (table != null && id != null) {
            table.select(id);
        }
    }

    /** Opens Podklady with this record as the target ("Připravit podklad" in a detail pane). */
    public void prepareBriefing(RecordKind kind, UUID id) {
        section.set(Section.BRIEFINGS);
        if (briefings != null && section.get() == Section.BRIEFINGS) {
            briefings.prepareFor(kind, id);
        }
    }

    public void goBack() {
        if (!formOpen.get()) {
            history.goBack().ifPresent(this::revisit);
        }
    }

    public void goForward() {
        if (!formOpen.get()) {
            history.goForward().ifPresent(this::revisit);
        }
    }

    private void revisit(NavigationHistory.Place place) {
        navigating = true;
        try {
            open(place.kind(), place.id());
        } finally {
            navigating = false;
        }
    }

    /** The kind of record the section on screen lists, if it lists records. */
    public Optional<RecordKind> currentKind() {
        return section.get().kind();
    }

    /** The record selected in the section on screen; null when none is. */
    public UUID selectedId() {
        RecordTableViewModel table = tables.get(section.get());
        return table == null ? null : table.selectedIdProperty().get();
    }
}
