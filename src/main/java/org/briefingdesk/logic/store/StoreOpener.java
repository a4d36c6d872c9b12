package org.briefingdesk.logic.store;

import java.nio.file.Path;

/** Opens the store kept at a location: a SQLite file today. */
@FunctionalInterface
public interface StoreOpener {
    /**
     * Opens the store at {@code location}, migrating it to this build's schema.
     *
     * @param create true to create a missing file (and its folder); false to refuse a missing file
     * @throws StoreException with a sentence for the user when the file is missing, unreadable,
     *                        not a Briefing Desk database, or newer than this build
     */
    RecordStore open(Path location, boolean create);
}
