package org.briefingdesk.logic.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Verified backups of the open database in {@code backups/} beside it. A new backup is checked
 * (opened, {@code quick_check}, record counts equal to the source's) before any older one is removed.
 */
public interface Backups {
    /** Why a backup was made; part of its file name. */
    enum Reason { OPEN, CLOSE, PERIODIC, MANUAL, MIGRATION, IMPORT, RESTORE }

    /** Makes, verifies and keeps a backup, then applies the retention policy. */
    BackupInfo create(Reason reason);

    /** Every backup, newest first. */
    List<BackupInfo> list();

    Optional<BackupInfo> newest();

    /** True when there were changes since the last backup of this session (or since opening). */
    boolean hasChangesSinceBackup();

    /** True when there is no backup younger than {@code maxAge} (and the database is not empty). */
    boolean isDue(Duration maxAge);
}
