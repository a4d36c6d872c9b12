package org.briefingdesk.ui.search;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.search.SearchService;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.DialogService;
import org.briefingdesk.ui.common.FxDebouncer;
import org.briefingdesk.ui.common.Navigator;

/**
 * Wires the toolbar's search field to the results page and the saved searches in the sidebar:
 * typing shows results in place of the section, Down moves into them, Enter opens one, Esc clears.
 */
public final class SearchController {
    /** How long typing must pause before a search runs. */
    public static final Duration DEBOUNCE = Duration.ofMillis(150);

    private final TextField field;
    private final VBox savedBox;
    private final StackPane content;
    private final Localization l10n;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Navigator navigator;
    private final Runnable showSection;
    private final ObservableBooleanValue formOpen;
    private SearchViewModel viewModel;
    private SearchView panel;
    private SavedSearchesViewModel saved;
    private RecordStore attachedTo;

    /**
     * @param showSection shows the current section again in {@code content} (when the search is cleared), or
     *                    the record form that is open there
     * @param formOpen    true while a record form is open: the results then offer the way back to it
     */
    public SearchController(TextField field, VBox savedBox, StackPane content, Localization l10n,
                            BackgroundTasks tasks, DialogService dialogs, Navigator navigator,
                            Runnable showSection, ObservableBooleanValue formOpen) {
        this.field = field;
        this.savedBox = savedBox;
        this.content = content;
        this.l10n = l10n;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.navigator = navigator;
        this.showSection = showSection;
        this.formOpen = formOpen;
        field.setDisable(true);
        // A single-line field drops pasted tabs and line breaks, joining the words around them.
        field.setTextFormatter(new TextFormatter<String>(change -> {
            change.setText(change.getText().replaceAll("\\R|\\t", " "));
            return change;
        }));
    }

    /** Once the database is open; again after a restore reopened it (the same store: nothing to do). */
    public void attach(RecordStore store) {
        if (store == attachedTo) {
            return;
        }
        if (viewModel != null) {
            field.textProperty().unbindBidirectional(viewModel.queryProperty());
        }
        attachedTo = store;
        SearchService service = new SearchService(store.search());
        viewModel = new SearchViewModel(service, tasks, new FxDebouncer(DEBOUNCE), l10n);
        panel = new SearchView(viewModel, this::openHit, this::saveSearch, formOpen, showSection);
        saved = new SavedSearchesViewModel(store.savedSearches(), service, tasks);
        saved.entries().addListener((ListChangeListener<SavedSearchesViewModel.Entry>) c -> drawSaved());
        field.textProperty().bindBidirectional(viewModel.queryProperty());
        viewModel.activeProperty().addListener((obs, was, active) -> {
            if (active) {
                showResults();
            } else {
                showSection.run();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                panel.focusResults();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                panel.openSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                e.consume();
            }
        });
        // Typing (or clicking into the field) brings the results back after a record was opened.
        viewModel.queryProperty().addListener((obs, old, now) -> {
            if (viewModel.activeProperty().get()) {
                showResults();
            }
        });
        field.setOnMouseClicked(e -> {
            if (viewModel.activeProperty().get()) {
                showResults();
            }
        });
        field.setDisable(false);
        saved.reload();
    }

    /** True while the results are what the content area shows. */
    public boolean showsResults() {
        return panel != null && content.getChildren().contains(panel.root());
    }

    private void showResults() {
        content.getChildren().setAll(panel.root());
    }

    private void openHit(RecordKind kind, UUID id) {
        navigator.open(kind, id);
    }

    /** Ctrl+F / Ctrl+K from anywhere. */
    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    /**
     * The number of records found for {@code query} once its results are on screen; empty before (the start
     * probe waits for it).
     */
    public OptionalLong shownTotal(String query) {
        boolean shown = viewModel != null && !viewModel.busyProperty().get()
                && query.equals(viewModel.answeredProperty().get()) && content.getChildren().contains(panel.root());
        return shown ? OptionalLong.of(viewModel.totalProperty().get()) : OptionalLong.empty();
    }

    /** After the data changed: the results and the saved searches' counts are recounted. */
    public void refresh() {
        if (viewModel != null) {
            if (viewModel.activeProperty().get()) {
                viewModel.searchNow();
            }
            saved.reload();
        }
    }

    private void saveSearch(String query) {
        dialogs.askText(l10n.get("ui.search.saveTitle"), l10n.get("ui.search.saveName"), query)
                .ifPresent(name -> saved.save(name, query));
    }

    private void drawSaved() {
        savedBox.getChildren().clear();
        if (saved.entries().isEmpty()) {
            return;
        }
        Label heading = new Label(l10n.get("ui.search.savedSection"));
        heading.getStyleClass().add("saved-search-heading");
        savedBox.getChildren().add(heading);
        for (SavedSearchesViewModel.Entry entry : saved.entries()) {
            Hyperlink link = new Hyperlink(entry.search().name());
            link.getStyleClass().add("saved-search-link");
            link.setOnAction(e -> {
                viewModel.queryProperty().set(entry.search().query());
                showResults();
            });
            MenuItem delete = new MenuItem(l10n.get("ui.search.delete"));
            delete.setOnAction(e -> saved.delete(entry.search()));
            link.setContextMenu(new ContextMenu(delete));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label count = new Label(SearchViewModel.countText(l10n, entry.count(), entry.exact()));
            count.getStyleClass().add("saved-search-count");
            HBox line = new HBox(link, gap, count);
            line.getStyleClass().add("saved-search-line");
            savedBox.getChildren().add(line);
        }
    }
}
