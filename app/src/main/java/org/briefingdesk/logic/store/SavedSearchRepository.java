package org.briefingdesk.logic.store;

import java.util.List;
import java.util.UUID;
import org.briefingdesk.model.SavedSearch;

/** The user's saved searches, in the order they were saved. */
public interface SavedSearchRepository {
    List<SavedSearch> findAll();

    /** Inserts or renames/changes the saved search with this id. */
    SavedSearch save(SavedSearch search);

    boolean delete(UUID id);
}
