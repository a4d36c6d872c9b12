package org.briefingdesk.logic.store;

import java.nio.file.Path;
import java.util.List;

/** Work on database files as a whole: identify, check, list backups, restore. */
public interface StoreFiles {
    /** What the file is (ours, empty, another program's, newer, damaged...), found out without changing it. */
    FileIdentity identify(Path database);

    /**
     * Full integrity check, counts, records with invalid stored values and the search index against
     * the records; never changes the file and works beside a writer.
     *
     * @throws StoreException with its own sentence for a file that is not one to check: missing, empty,
     *                        another program's, not a database, unreadable, or unreadable for lack of room
     */
    IntegrityReport check(Path database);

    /** Rebuilds the search index from the records (a writer: it takes the writer lock), then checks again. */
    IntegrityReport repairIndex(Path database);

    /** The verified backups beside a database, newest first (also when the database itself is damaged). */
    List<BackupInfo> backups(Path database);

    /** What restoring would change: the backup's counts (read through SQLite, WAL included) beside the current ones. */
    RestorePlan plan(Path database, Path backup);

    /**
     * Replaces the database with the backup, after backing up the current file (or moving it aside as
     * damaged when it is damaged, another program's or empty), and checks that the restored file holds
     * what the plan showed; otherwise the old file goes back and the restore says so. Refuses an empty
     * or much smaller backup unless {@code force}.
     */
    void restore(RestorePlan plan, boolean force);

    /**
     * True while a store, in this process or another, has the database open for writing (a read-only
     * window asks this to learn when it may take over writing). Never changes the file.
     */
    boolean writerActive(Path database);

    /**
     * True when opening the file for writing first converts it for this build (its schema is older), which may
     * take minutes on a large file: the window says so while it opens. Never changes the file.
     */
    default boolean needsUpgrade(Path database) {
        return false;
    }
}
