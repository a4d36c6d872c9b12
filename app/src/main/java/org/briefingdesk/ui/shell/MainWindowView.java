package org.briefingdesk.ui.shell;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.briefingdesk.logic.AppVersion;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.briefings.BriefingDesktop;
import org.briefingdesk.ui.briefings.BriefingsView;
import org.briefingdesk.ui.briefings.BriefingsViewModel;
import org.briefingdesk.ui.backups.BackupsDialog;
import org.briefingdesk.ui.backups.BackupsViewModel;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.DialogService;
import org.briefingdesk.ui.common.Fxml;
import org.briefingdesk.ui.detail.DetailView;
import org.briefingdesk.ui.edit.UndoManager;
import org.briefingdesk.ui.detail.DetailViewModel;
import org.briefingdesk.ui.overview.OverviewView;
import org.briefingdesk.ui.overview.OverviewViewModel;
import org.briefingdesk.ui.records.RecordSectionView;
import org.briefingdesk.ui.records.RecordTableViewModel;
import org.briefingdesk.ui.records.SectionTable;
import org.briefingdesk.ui.search.SearchController;

/**
 * The main window's content (MainWindow.fxml): menu, navigation, the shown section and the status
 * bar. Sections are built the first time they are shown, and load their rows in the background.
 */
final class MainWindowView {
    private final MainWindowViewModel viewModel;
    private final Localization l10n;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Consumer<String> switchLanguage;
    private final Parent root;
    private final Map<Section, Node> pages = new EnumMap<>(Section.class);
    private final Map<Section, RecordTableViewModel> tables = new EnumMap<>(Section.class);
    private final Map<Section, DetailViewModel> details = new EnumMap<>(Section.class);
    /**
     * Sections whose pages were off screen when the data changed: they read again when shown next
     * (100,000 statements take seconds to read; every save would have read them again).
     */
    private final Set<Section> stale = EnumSet.noneOf(Section.class);
    private final UndoManager undo;
    private final NavigationHistory history = new NavigationHistory();
    private final RecordEditing editing;
    private OverviewViewModel overview;
    private BriefingsViewModel briefings;
    private BriefingsView briefingsView;
    private Node openingPage;
    private boolean navigating;

    @FXML
    private ListView<Section> navigation;
    @FXML
    private StackPane content;
    @FXML
    private Label statusDatabase;
    @FXML
    private Label statusCounts;
    @FXML
    private Label statusMessage;
    @FXML
    private ProgressIndicator statusBusy;
    @FXML
    private RadioMenuItem czechItem;
    @FXML
    private RadioMenuItem englishItem;
    @FXML
    private TextField searchField;
    @FXML
    private Label banner;
    @FXML
    private VBox savedSearches;
    @FXML
    private MenuItem newItem;
    @FXML
    private MenuItem editItem;
    @FXML
    private MenuItem saveItem;
    @FXML
    private MenuItem deleteItem;
    @FXML
    private MenuItem undoItem;
    @FXML
    private MenuItem redoItem;
    @FXML
    private MenuItem backItem;
    @FXML
    private MenuItem forwardItem;
    @FXML
    private Button backButton;
    @FXML
    private Button forwardButton;
    @FXML
    private Button newButton;
    @FXML
    private Button editButton;
    @FXML
    private Button deleteButton;
    @FXML
    private Button undoButton;
    @FXML
    private Button redoButton;
    private final SearchController search;

    MainWindowView(MainWindowViewModel viewModel, Localization l10n, BackgroundTasks tasks, DialogService dialogs,
                   UndoManager undo, Consumer<String> switchLanguage) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.undo = undo;
        this.switchLanguage = switchLanguage;
        this.root = Fxml.load(this, "MainWindow.fxml", l10n.bundle());
        this.editing = new RecordEditing(viewModel.servicesProperty()::get, l10n, tasks, dialogs, undo, content,
                this::open);
        setUpRecordActions();
        boolean english = "en".equals(l10n.locale().getLanguage());
        (english ? englishItem : czechItem).setSelected(true);
        setUpNavigation();
        search = new SearchController(searchField, savedSearches, content, l10n, tasks, dialogs, this::open,
                () -> showSection(viewModel.sectionProperty().get()));
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                        search::focusField);
            }
        });
        viewModel.servicesProperty().addListener((obs, old, services) -> {
            if (services != null) {
                search.attach(services.store());
                if (old != null && old.store() != services.store()) {
                    search.refresh();
                }
            }
        });
        if (viewModel.servicesProperty().get() != null) {
            search.attach(viewModel.servicesProperty().get().store()); // a window rebuilt in another language
        }
        banner.textProperty().bind(viewModel.bannerProperty());
        banner.visibleProperty().bind(viewModel.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        statusDatabase.textProperty().bind(viewModel.statusDatabaseProperty());
        statusCounts.textProperty().bind(viewModel.statusCountsProperty());
        statusMessage.textProperty().bind(viewModel.statusMessageProperty());
        statusBusy.visibleProperty().bind(viewModel.busyProperty());
        statusBusy.managedProperty().bind(viewModel.busyProperty());
        viewModel.servicesProperty().addListener((obs, old, services) -> {
            if (old != null && (services == null || old.store() != services.store())) {
                forgetPages(); // a restore reopened the file, or it failed its check: no page reads the old store
            }
            showSection(viewModel.sectionProperty().get());
        });
        viewModel.sectionProperty().addListener((obs, old, section) -> showSection(section));
        viewModel.dataVersionProperty().addListener((obs, old, version) -> reloadAll());
        showSection(viewModel.sectionProperty().get());
    }

    Parent root() {
        return root;
    }

    private void setUpNavigation() {
        navigation.getItems().setAll(Section.values());
        navigation.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Section section, boolean empty) {
                super.updateItem(section, empty);
                getStyleClass().removeIf(c -> c.startsWith("nav-item-"));
                if (empty || section == null) {
                    setText(null);
                    setGraphic(null);
                    setId(null);
                    return;
                }
                setId("nav-" + section.id());
                getStyleClass().add("nav-item-" + section.id());
                Label name = new Label(l10n.get(section.titleKey()));
                name.getStyleClass().add("nav-name");
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                Label shortcut = new Label(l10n.get("ui.nav.shortcut", section.ordinal() + 1));
                shortcut.getStyleClass().add("nav-shortcut");
                HBox line = new HBox(name, gap, shortcut);
                line.getStyleClass().add("nav-line");
                setText(null);
                setGraphic(line);
            }
        });
        navigation.getSelectionModel().select(viewModel.sectionProperty().get());
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, section) -> {
            if (section != null) {
                viewModel.sectionProperty().set(section);
            }
        });
        viewModel.sectionProperty().addListener((obs, old, section) -> navigation.getSelectionModel().select(section));
    }

    private void setUpRecordActions() {
        undo.setOnChange(viewModel::dataChanged);
        var formOpen = editing.formOpenProperty();
        var noRecordSection = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.sectionProperty().get().kind().isEmpty() || viewModel.servicesProperty().get() == null,
                viewModel.sectionProperty(), viewModel.servicesProperty());
        for (var item : java.util.List.of(newItem, editItem, deleteItem)) {
            item.disableProperty().bind(formOpen.or(noRecordSection));
        }
        for (var button : java.util.List.of(newButton, editButton, deleteButton)) {
            button.disableProperty().bind(formOpen.or(noRecordSection));
        }
        saveItem.disableProperty().bind(formOpen.not());
        undoItem.textProperty().bind(undo.undoTextProperty());
        redoItem.textProperty().bind(undo.redoTextProperty());
        undoItem.disableProperty().bind(undo.canUndoProperty().not().or(formOpen));
        redoItem.disableProperty().bind(undo.canRedoProperty().not().or(formOpen));
        undoButton.disableProperty().bind(undoItem.disableProperty());
        redoButton.disableProperty().bind(redoItem.disableProperty());
        undoButton.setTooltip(new Tooltip());
        undoButton.getTooltip().textProperty().bind(undo.undoTextProperty());
        redoButton.setTooltip(new Tooltip());
        redoButton.getTooltip().textProperty().bind(undo.redoTextProperty());
        backItem.disableProperty().bind(history.canGoBackProperty().not().or(formOpen));
        forwardItem.disableProperty().bind(history.canGoForwardProperty().not().or(formOpen));
        backButton.disableProperty().bind(backItem.disableProperty());
        forwardButton.disableProperty().bind(forwardItem.disableProperty());
        backButton.setTooltip(new Tooltip(l10n.get("ui.menu.back")));
        forwardButton.setTooltip(new Tooltip(l10n.get("ui.menu.forward")));
        navigation.disableProperty().bind(formOpen);
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.BACK) {
                goBack();
            } else if (e.getButton() == MouseButton.FORWARD) {
                goForward();
            }
        });
        // Ctrl+Shift+Z redoes too, as in most editors.
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.Z && e.isShortcutDown() && e.isShiftDown()) {
                redo();
                e.consume();
            }
        });
    }

    private void showSection(Section section) {
        if (editing != null && editing.formOpenProperty().get()) {
            return; // the form stays until it is saved or cancelled
        }
        WindowServices services = viewModel.servicesProperty().get();
        if (services == null) {
            if (openingPage == null) {
                openingPage = Fxml.loadStatic(MainWindowView.class, "Opening.fxml", l10n.bundle());
            }
            content.getChildren().setAll(openingPage);
            return;
        }
        boolean built = pages.containsKey(section);
        Node page = pages.computeIfAbsent(section, s -> buildPage(s, services));
        content.getChildren().setAll(page);
        if (section == Section.BRIEFINGS && briefingsView != null) {
            // After the accelerator's key event has been dispatched; PageFocus styles the new page first.
            Platform.runLater(briefingsView::focusTarget);
        }
        if (stale.remove(section) && built) {
            readAgain(section);
        } else {
            RecordTableViewModel table = tables.get(section);
            if (table != null) {
                table.loadIfNeeded();
            }
        }
    }

    private Node buildPage(Section section, WindowServices services) {
        if (section == Section.OVERVIEW) {
            overview = new OverviewViewModel(services.store(), l10n, tasks);
            OverviewView view = new OverviewView(overview, l10n,
                    kind -> l10n.get(Section.of(kind).titleKey()), this::open);
            overview.reload();
            return view.root();
        }
        if (section == Section.BRIEFINGS) {
            BriefingDesktop desktop = services.briefingDesktop(() -> root.getScene() == null ? null : root.getScene().getWindow());
            briefings = new BriefingsViewModel(BriefingsViewModel.Context.forWindow(services.store(), l10n, tasks, desktop));
            briefings.load();
            briefingsView = new BriefingsView(briefings, l10n, desktop.printer());
            return briefingsView.root();
        }
        RecordKind kind = section.kind().orElseThrow();
        RecordTableViewModel table = new RecordTableViewModel(SectionTable.of(kind), services.store(), l10n, tasks);
        DetailViewModel detail = new DetailViewModel(services::describe, tasks, l10n);
        table.selectedIdProperty().addListener((obs, old, id) -> {
            detail.show(id);
            if (!navigating && id != null && !table.isSelectionAutomatic()) {
                history.visit(kind, id);
            }
        });
        tables.put(section, table);
        details.put(section, detail);
        DetailView detailView = new DetailView(section.id(), detail, l10n, this::open);
        detailView.offerBriefing(k -> BriefingsViewModel.targetKind(k).isPresent(), this::prepareBriefing);
        RecordSectionView sectionView = new RecordSectionView(section.id(), l10n.get(section.titleKey()), table, l10n,
                detailView.root());
        // Clicking the row a reload showed by itself makes it a place to come back to.
        sectionView.table().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (!navigating && table.selectedIdProperty().get() != null) {
                history.visit(kind, table.selectedIdProperty().get());
            }
        });
        sectionView.table().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editRecord();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteRecord();
                e.consume();
            }
        });
        return sectionView.root();
    }

    private void forgetPages() {
        pages.clear();
        stale.clear();
        tables.clear();
        details.clear();
        overview = null;
        briefings = null;
        briefingsView = null;
    }

    /** Opens a record (or, with id null, just the section) of this kind. */
    void open(RecordKind kind, UUID id) {
        Section section = Section.of(kind);
        viewModel.sectionProperty().set(section);
        RecordTableViewModel table = tables.get(section);
        if (table != null && id != null) {
            table.select(id);
        }
    }

    /** Opens Podklady with this record as the target ("Připravit podklad" in a detail view). */
    private void prepareBriefing(RecordKind kind, UUID id) {
        viewModel.sectionProperty().set(Section.BRIEFINGS);
        if (briefings != null && viewModel.sectionProperty().get() == Section.BRIEFINGS) {
            briefings.prepareFor(kind, id);
        }
    }

    /** After a change: the section on screen reads its data again now, the others when shown next. */
    private void reloadAll() {
        Section current = viewModel.sectionProperty().get();
        stale.addAll(EnumSet.complementOf(EnumSet.of(current)));
        readAgain(current);
        search.refresh();
    }

    /** Reads again what a section's page shows: the overview, or the table and the detail pane. */
    private void readAgain(Section section) {
        if (section == Section.OVERVIEW && overview != null) {
            overview.reload();
        }
        RecordTableViewModel table = tables.get(section);
        if (table != null) {
            table.reload();
        }
        DetailViewModel detail = details.get(section);
        if (detail != null) {
            detail.refresh();
        }
    }

    // --- what the start probe waits for (StartupProbe) ---

    /**
     * The number of rows (records, for the overview) a section shows once its page is on screen with its data
     * read; -1 before, or when the read failed.
     */
    long shownRows(Section section) {
        Node page = pages.get(section);
        if (viewModel.servicesProperty().get() == null || page == null || !content.getChildren().contains(page)) {
            return -1;
        }
        if (section == Section.OVERVIEW) {
            boolean read = overview != null && !overview.busyProperty().get()
                    && overview.errorProperty().get().isEmpty();
            return read ? overview.counts().values().stream().mapToLong(Long::longValue).sum() : -1;
        }
        RecordTableViewModel table = tables.get(section);
        boolean read = table != null && !table.busyProperty().get() && table.errorProperty().get().isEmpty();
        return read ? table.rows().size() : -1;
    }

    /** Types a query into the search field, as the user would. */
    void typeSearch(String query) {
        searchField.setText(query);
    }

    /** The records found for {@code query} once the results are on screen; empty before. */
    java.util.OptionalLong shownSearchTotal(String query) {
        return search.shownTotal(query);
    }

    // --- menu actions (MainWindow.fxml) ---

    private java.util.Optional<RecordKind> currentKind() {
        return viewModel.sectionProperty().get().kind();
    }

    private UUID selectedId() {
        RecordTableViewModel table = tables.get(viewModel.sectionProperty().get());
        return table == null ? null : table.selectedIdProperty().get();
    }

    @FXML
    private void newRecord() {
        currentKind().ifPresent(kind -> editing.openForm(kind, null));
    }

    @FXML
    private void editRecord() {
        UUID id = selectedId();
        if (id != null) {
            currentKind().ifPresent(kind -> editing.openForm(kind, id));
        }
    }

    @FXML
    private void saveRecord() {
        editing.saveForm();
    }

    @FXML
    private void deleteRecord() {
        editing.delete(selectedId());
    }

    @FXML
    private void undo() {
        editing.undo();
    }

    @FXML
    private void redo() {
        editing.redo();
    }

    @FXML
    private void goBack() {
        if (!editing.formOpenProperty().get()) {
            history.goBack().ifPresent(place -> revisit(place));
        }
    }

    @FXML
    private void goForward() {
        if (!editing.formOpenProperty().get()) {
            history.goForward().ifPresent(place -> revisit(place));
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

    @FXML
    private void loadSample() {
        viewModel.loadSample(true);
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    @FXML
    private void showBackups() {
        WindowServices services = viewModel.servicesProperty().get();
        if (services != null) {
            new BackupsDialog(new BackupsViewModel(services, tasks, dialogs,
                    restored -> viewModel.attach(restored, false)), root.getScene().getWindow()).show();
        }
    }

    @FXML
    private void focusSearch() {
        search.focusField();
    }

    @FXML
    private void showOverview() {
        viewModel.sectionProperty().set(Section.OVERVIEW);
    }

    @FXML
    private void showEvents() {
        viewModel.sectionProperty().set(Section.EVENTS);
    }

    @FXML
    private void showReports() {
        viewModel.sectionProperty().set(Section.REPORTS);
    }

    @FXML
    private void showPeople() {
        viewModel.sectionProperty().set(Section.PEOPLE);
    }

    @FXML
    private void showOrganisations() {
        viewModel.sectionProperty().set(Section.ORGANISATIONS);
    }

    @FXML
    private void showStatements() {
        viewModel.sectionProperty().set(Section.STATEMENTS);
    }

    @FXML
    private void showCommitments() {
        viewModel.sectionProperty().set(Section.COMMITMENTS);
    }

    @FXML
    private void showTopics() {
        viewModel.sectionProperty().set(Section.TOPICS);
    }

    @FXML
    private void showBriefings() {
        viewModel.sectionProperty().set(Section.BRIEFINGS);
    }

    @FXML
    private void switchToCzech() {
        switchLanguage.accept("cs");
    }

    @FXML
    private void switchToEnglish() {
        switchLanguage.accept("en");
    }

    @FXML
    private void showAbout() {
        dialogs.showInformation(l10n.get("ui.about.title"), l10n.get("app.title") + " " + AppVersion.current(),
                l10n.get("ui.about.text"));
    }
}
