package org.briefingdesk.logic.store;

import java.nio.file.Path;

/** Opens the store kept at a location: a SQLite file today. */
@FunctionalInterface
public interface StoreOpener {
    /**
     * Opens the store at {@code location}. A reader ({@link OpenMode#READ}) works beside another
     * process that writes and never changes the file; a writer takes the writer lock and brings the
     * schema up to date; only {@link OpenMode#CREATE} begins a new database.
     *
     * @throws DamagedFileException when the file is damaged (the message names the backup that restores it)
     * @throws StoreException       with a sentence for the user when the file is missing, unreadable,
     *                              not a Briefing Desk database, newer than this build, or (for a
     *                              writer) being written by another copy of the application
     */
    RecordStore open(Path location, OpenMode mode);

    /**
     * As the window opens a file: for writing (creating it, as File › New does), or read-only when
     * another copy of the application is writing it.
     */
    default RecordStore openWriterOrReader(Path location) {
        try {
            return open(location, OpenMode.CREATE);
        } catch (StoreException e) {
            if (!e.key().equals("error.db.locked")) {
                throw e;
            }
            return open(location, OpenMode.READ);
        }
    }
}
