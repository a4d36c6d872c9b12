package org.briefingdesk.logic.store;

/** How a store is opened: what it may do to the file, and whether it needs the writer lock. */
public enum OpenMode {
    /**
     * A reader: the file opened read-only, without the writer lock, so that it works while another
     * process writes (it reads a consistent snapshot). Never changes the file, never migrates it.
     */
    READ,
    /** A writer of an existing database: takes the writer lock, brings the schema up to date. */
    WRITE,
    /**
     * A writer that may also begin a database: a missing file, or an empty one with no backups beside
     * it, gets a new schema. Only {@code init}, the window and commands that fill a new file create.
     */
    CREATE;

    public boolean writes() {
        return this != READ;
    }
}
