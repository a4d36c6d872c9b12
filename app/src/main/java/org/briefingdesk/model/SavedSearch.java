package org.briefingdesk.model;

import java.util.UUID;

/** A query the user named, to find it in the navigation with its live count. */
public record SavedSearch(UUID id, String name, String query) {
    public SavedSearch {
        name = Text.trimToEmpty(name);
        query = Text.trimToEmpty(query);
    }
}
