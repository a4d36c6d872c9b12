package org.briefingdesk.logic.store;

import java.nio.file.Path;

/** Opens the store kept at a location: a SQLite file today. */
@FunctionalInterface
public interface StoreOpener {
    /**
     * Opens the store at {@code location}, migrating it to this build's schema.
     *
     * @param create        true to create a missing file (and its folder); false to refuse a missing file
     * @param allowReadOnly when another copy of the application has the file open for writing, open it
     *                      read-only ({@link RecordStore#readOnly()}) instead of refusing
     * @throws StoreException with a sentence for the user when the file is missing, unreadable,
     *                        not a Briefing Desk database, or newer than this build
     */
    RecordStore open(Path location, boolean create, boolean allowReadOnly);

    /** Opens for writing: refuses with a clear message when another copy of the application is writing. */
    default RecordStore open(Path location, boolean create) {
        return open(location, create, false);
    }
}
