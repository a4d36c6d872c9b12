package org.briefingdesk.ui.shell;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.briefings.BriefingsView;
import org.briefingdesk.ui.briefings.BriefingsViewModel;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.DialogService;
import org.briefingdesk.ui.common.Fxml;
import org.briefingdesk.ui.common.PageFocus;
import org.briefingdesk.ui.detail.DetailView;
import org.briefingdesk.ui.drafting.DraftingView;
import org.briefingdesk.ui.drafting.DraftingViewModel;
import org.briefingdesk.ui.edit.RecordEditing;
import org.briefingdesk.ui.edit.UndoManager;
import org.briefingdesk.ui.exchange.ExchangeActions;
import org.briefingdesk.ui.exchange.ShownTable;
import org.briefingdesk.ui.forms.RecordFormView;
import org.briefingdesk.ui.forms.RecordFormViewModel;
import org.briefingdesk.ui.overview.OverviewView;
import org.briefingdesk.ui.records.RecordRow;
import org.briefingdesk.ui.records.RecordTableView;
import org.briefingdesk.ui.search.SearchController;

/**
 * The window's content area: the page of the section shown (each built the first time it is shown, from
 * the {@link WorkspaceViewModel}'s models), a record form or the drafting page over it, and the search
 * results in its place while a query is typed.
 */
final class WorkspaceView {
    private final WorkspaceViewModel workspace;
    private final MainWindowViewModel window;
    private final Localization l10n;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final UndoManager undo;
    private final StackPane content;
    private final TextField searchField;
    private final Map<Section, Node> pages = new EnumMap<>(Section.class);
    private final RecordEditing editing;
    private final UnsavedInputGuard guard;
    private final SearchController search;
    private BriefingsView briefingsView;
    private Node openingPage;
    private DraftingView drafting;

    WorkspaceView(StackPane content, TextField searchField, VBox savedSearches, WorkspaceViewModel workspace,
                  MainWindowViewModel window, Localization l10n, BackgroundTasks tasks, DialogService dialogs,
                  UndoManager undo) {
        this.content = content;
        this.searchField = searchField;
        this.workspace = workspace;
        this.window = window;
        this.l10n = l10n;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.undo = undo;
        this.editing = new RecordEditing(window.servicesProperty()::get, l10n, tasks, dialogs, undo, content,
                workspace);
        workspace.formOpenProperty().bind(editing.formOpenProperty());
        this.guard = new UnsavedInputGuard(this::openForm, dialogs, l10n);
        this.search = new SearchController(searchField, savedSearches, content, l10n, tasks, dialogs,
                this::openFromSearch, () -> show(window.sectionProperty().get()), editing.formOpenProperty());
        workspace.resultsShownProperty().bind(Bindings.createBooleanBinding(search::showsResults,
                content.getChildren()));
        workspace.setOnShowAgain(() -> show(window.sectionProperty().get()));
        undo.setOnChange(window::dataChanged);
        window.servicesProperty().addListener((obs, old, services) -> {
            if (services != null) {
                search.attach(services.store());
                if (old != null && old.store() != services.store()) {
                    search.refresh();
                }
            }
            if (old != null && services != null && old.store() != services.store()) {
                forgetPages(); // a restore reopened the file: every page reads the new store
            }
            show(window.sectionProperty().get());
        });
        if (window.servicesProperty().get() != null) {
            search.attach(window.servicesProperty().get().store()); // a window rebuilt in another language
        }
        window.sectionProperty().addListener((obs, old, section) -> show(section));
        window.dataVersionProperty().addListener((obs, old, version) -> {
            workspace.dataChanged();
            search.refresh();
        });
        show(window.sectionProperty().get());
    }

    ObservableBooleanValue formOpenProperty() {
        return editing.formOpenProperty();
    }

    /** Runs {@code then} once no input typed in the open form would be lost (asking when there is some). */
    void whenNothingUnsaved(UnsavedInputGuard.Purpose purpose, Runnable then) {
        // Accepted drafts not yet saved: the drafting page asks in its own words before they would be lost.
        guard.proceed(purpose, () -> {
            if (drafting == null || drafting.close()) {
                then.run();
            }
        });
    }

    /** The open form as the unsaved-input guard sees it. */
    private Optional<UnsavedInputGuard.OpenForm> openForm() {
        return editing.form().map(page -> new UnsavedInputGuard.OpenForm() {
            @Override
            public RecordFormViewModel<?> viewModel() {
                return page.viewModel();
            }

            @Override
            public void discard() {
                editing.discard(page);
            }
        });
    }

    private void show(Section section) {
        Optional<RecordFormView> form = editing.form();
        if (form.isPresent()) {
            // The form stays until it is saved or cancelled; search results that covered it give way to it.
            Node page = pages.get(section);
            content.getChildren().setAll(page == null ? List.of() : List.of(page));
            editing.showForm();
            return;
        }
        if (drafting != null) {
            // The drafting page stays until it is saved or closed; search results give way to it too.
            if (!content.getChildren().contains(drafting.root())) {
                Node page = pages.get(section);
                content.getChildren().setAll(page == null ? List.of() : List.of(page));
                content.getChildren().add(drafting.root());
            }
            return;
        }
        if (window.servicesProperty().get() == null) {
            if (openingPage == null) {
                openingPage = Fxml.loadStatic(WorkspaceView.class, "Opening.fxml", l10n.bundle());
                Label message = (Label) openingPage.lookup("#openingMessage");
                message.textProperty().bind(Bindings.when(window.statusMessageProperty().isEmpty())
                        .then(l10n.get("ui.opening")).otherwise(window.statusMessageProperty()));
            }
            content.getChildren().setAll(openingPage);
            return;
        }
        Node page = pages.computeIfAbsent(section, this::buildPage);
        if (!content.getChildren().equals(List.of(page))) {
            content.getChildren().setAll(page); // a page put in again is styled and laid out again: only when needed
        }
        if (section == Section.BRIEFINGS && briefingsView != null) {
            // After the accelerator's key event has been dispatched; PageFocus styles the new page first.
            Platform.runLater(briefingsView::focusTarget);
        }
        workspace.shown(section);
    }

    /**
     * Ctrl+1 … Ctrl+9: the section, and the cursor in its table (or the Podklady target), so that Down moves
     * to the next record rather than to the next section in the navigation.
     */
    void showSection(Section section) {
        window.sectionProperty().set(section);
        Node page = pages.get(section);
        if (section.kind().isEmpty() || page == null || !content.getChildren().contains(page)) {
            return; // a form, the drafting page or the opening page is on screen: the cursor stays
        }
        // After the accelerator's key event has been dispatched, as for the Podklady target; the table sits in a
        // split pane, whose items join the scene graph with its skin (PageFocus styles the page first).
        Platform.runLater(() -> {
            ((Parent) page).applyCss();
            Node table = page.lookup("#" + section.id() + "Table");
            if (table != null) {
                PageFocus.request((Parent) page, table);
            }
        });
    }

    private Node buildPage(Section section) {
        if (section == Section.OVERVIEW) {
            return new OverviewView(workspace.overview(), l10n, kind -> l10n.get(Section.of(kind).titleKey()),
                    workspace).root();
        }
        if (section == Section.BRIEFINGS) {
            BriefingsViewModel briefings = workspace.briefings();
            briefingsView = new BriefingsView(briefings, l10n, briefings.desktop().printer());
            return briefingsView.root();
        }
        DetailView detailView = new DetailView(section.id(), workspace.detail(section), l10n, workspace);
        detailView.offerBriefing(k -> BriefingsViewModel.targetKind(k).isPresent(), workspace::prepareBriefing);
        RecordTableView tableView = new RecordTableView(section.id(), l10n.get(section.titleKey()),
                workspace.table(section), l10n, detailView.root());
        tableView.table().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> workspace.rowChosen(section));
        tableView.table().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editRecord();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteRecord();
                e.consume();
            }
        });
        return tableView.root();
    }

    private void forgetPages() {
        pages.clear();
        workspace.forget();
        briefingsView = null;
    }

    /** A search hit: the open form is saved or discarded first, as the user chooses (or the hit waits). */
    private void openFromSearch(RecordKind kind, UUID id) {
        whenNothingUnsaved(UnsavedInputGuard.Purpose.OPEN_RECORD, () -> workspace.open(kind, id));
    }

    // --- what the window's actions do here ---

    void newRecord() {
        workspace.currentKind().ifPresent(kind -> editing.openForm(kind, null));
    }

    void editRecord() {
        UUID id = workspace.selectedId();
        if (id != null) {
            workspace.currentKind().ifPresent(kind -> editing.openForm(kind, id));
        }
    }

    void saveRecord() {
        editing.saveForm();
    }

    void deleteRecord() {
        editing.delete(workspace.selectedId());
    }

    void undo() {
        editing.undo();
    }

    void redo() {
        editing.redo();
    }

    void focusSearch() {
        search.focusField();
    }

    /** Záznam › Ze zprávy… (file null) or a file dropped on the window: the drafting page over the section. */
    void openDrafting(Path file) {
        WindowServices services = window.servicesProperty().get();
        if (services == null || editing.formOpenProperty().get()) {
            return;
        }
        if (drafting == null) {
            drafting = new DraftingView(new DraftingViewModel(services.store(), services.records(), l10n, tasks,
                    dialogs, undo), l10n, dialogs, content, workspace, () -> {
                        drafting = null;
                        show(window.sectionProperty().get());
                    });
            content.getChildren().add(drafting.root());
        }
        if (file != null) {
            drafting.draft(file);
        }
    }

    /** Soubor › Importovat…: a bundle, table or Popolo file, reviewed before anything is written. */
    void importRecords() {
        if (!editing.formOpenProperty().get()) {
            exchange().importRecords();
        }
    }

    /** A bundle the desktop handed over: its merge preview, as Soubor › Importovat… shows it. */
    void importFile(Path file) {
        if (!editing.formOpenProperty().get()) {
            exchange().importFile(file);
        }
    }

    /** Soubor › Exportovat…: the search typed, the record selected or the table shown is what goes out. */
    void exportRecords() {
        Section section = window.sectionProperty().get();
        @SuppressWarnings("unchecked")
        TableView<RecordRow> shown = (TableView<RecordRow>) content.lookup("#" + section.id() + "Table");
        exchange().exportRecords(searchField.getText(), workspace.selectedId(),
                shown == null ? null : () -> ShownTable.of(l10n.get(section.titleKey()), shown));
    }

    private ExchangeActions exchange() {
        Supplier<Window> owner = () -> content.getScene().getWindow();
        WindowServices services = window.servicesProperty().get();
        return new ExchangeActions(() -> services == null ? null : services.store(), l10n, tasks, undo, owner,
                () -> services.exchangeFiles(owner));
    }

    // --- what the start probe waits for (StartupProbe) ---

    /** The rows a section shows once its page is on screen with its data read; -1 before, or when the read failed. */
    long shownRows(Section section) {
        Node page = pages.get(section);
        if (window.servicesProperty().get() == null || page == null || !content.getChildren().contains(page)) {
            return -1;
        }
        return workspace.readRows(section);
    }

    /** Types a query into the search field, as the user would. */
    void typeSearch(String query) {
        searchField.setText(query);
    }

    /** The records found for {@code query} once the results are on screen; empty before. */
    OptionalLong shownSearchTotal(String query) {
        return search.shownTotal(query);
    }
}
