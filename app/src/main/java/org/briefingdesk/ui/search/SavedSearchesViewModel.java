package org.briefingdesk.ui.search;

import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briefingdesk.logic.search.SearchService;
import org.briefingdesk.logic.store.SavedSearchRepository;
import org.briefingdesk.model.SavedSearch;
import org.briefingdesk.ui.common.BackgroundTasks;

/** The saved searches in the navigation, each with its live count (recounted after every change). */
public final class SavedSearchesViewModel {
    /** A saved search and how many records match it now. */
    public record Entry(SavedSearch search, long count) {
    }

    private final SavedSearchRepository repository;
    private final SearchService search;
    private final BackgroundTasks tasks;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();

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
        java.util.concurrent.Callable<List<Entry>> counted = () -> repository.findAll().stream()
                .map(s -> new Entry(s, search.search(s.query(), 1).total())).toList();
        tasks.run(counted, entries::setAll, error -> { });
    }

    public void save(String name, String query) {
        java.util.concurrent.Callable<SavedSearch> write = () -> repository.save(new SavedSearch(UUID.randomUUID(), name, query));
        tasks.run(write, saved -> reload(), error -> { });
    }

    public void delete(SavedSearch saved) {
        java.util.concurrent.Callable<Boolean> remove = () -> repository.delete(saved.id());
        tasks.run(remove, deleted -> reload(), error -> { });
    }

    /** For tests: the names in order. */
    List<String> names() {
        return entries.stream().map(e -> e.search().name()).toList();
    }
}
