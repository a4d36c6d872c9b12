package org.briefingdesk.ui.search;

import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briefingdesk.logic.search.SearchResult;
import org.briefingdesk.logic.search.SearchService;
import org.briefingdesk.logic.store.SavedSearchRepository;
import org.briefingdesk.model.SavedSearch;
import org.briefingdesk.ui.common.BackgroundTask;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.LatestOnly;

/** The saved searches in the navigation, each with its live count (recounted after every change). */
public final class SavedSearchesViewModel {
    /** A saved search and how many records match it now ({@code exact} false: more than that). */
    public record Entry(SavedSearch search, long count, boolean exact) {
    }

    private final SavedSearchRepository repository;
    private final SearchService search;
    private final BackgroundTasks tasks;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final LatestOnly reloads = new LatestOnly();

    public SavedSearchesViewModel(SavedSearchRepository repository, SearchService search, BackgroundTasks tasks) {
        this.repository = repository;
        this.search = search;
        this.tasks = tasks;
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    /** Reads the saved searches and counts their matches, in the background. */
    public void reload() {
        BackgroundTask.of(() -> repository.findAll().stream().map(this::counted).toList())
                .latestOf(reloads).onSuccess(entries::setAll).runWith(tasks);
    }

    private Entry counted(SavedSearch saved) {
        SearchResult result = search.search(saved.query(), 1);
        return new Entry(saved, result.total(), result.totalIsExact());
    }

    public void save(String name, String query) {
        BackgroundTask.of(() -> repository.save(new SavedSearch(UUID.randomUUID(), name, query)))
                .onSuccess(saved -> reload()).runWith(tasks);
    }

    public void delete(SavedSearch saved) {
        BackgroundTask.of(() -> repository.delete(saved.id())).onSuccess(deleted -> reload()).runWith(tasks);
    }

    /** For tests: the names in order. */
    List<String> names() {
        return entries.stream().map(e -> e.search().name()).toList();
    }
}
