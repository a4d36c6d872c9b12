package org.briefingdesk.logic.store;

import java.nio.file.Path;
import java.util.List;

/** Work on database files as a whole, while no store has them open: check, list backups, restore. */
public interface StoreFiles {
    /** Full integrity check and counts; never changes the file. */
    IntegrityReport check(Path database);

    /** The verified backups beside a database, newest first (also when the database itself is damaged). */
    List<BackupInfo> backups(Path database);

    /** What restoring would change: the backup's counts next to the current file's. */
    RestorePlan plan(Path database, Path backup);

    /**
     * Replaces the database with the backup, after backing up the current file (or keeping it as a
     * damaged copy). Refuses an empty or much smaller backup unless {@code force}.
     */
    void restore(RestorePlan plan, boolean force);
}
