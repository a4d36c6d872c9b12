package org.briefingdesk.logic.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.briefingdesk.logic.files.OutputTarget;

/**
 * Verified backups of the open database in {@code backups/} beside it. A new backup is checked
 * (opened, {@code quick_check}, record counts equal to the source's) before any older one is removed.
 */
public interface Backups {
    /** Why a backup was made; part of its file name. */
    enum Reason { OPEN, CLOSE, PERIODIC, MANUAL, MIGRATION, IMPORT, RESTORE }

    /** Makes, verifies and keeps a backup, then applies the retention policy. */
    BackupInfo create(Reason reason);

    /**
     * A copy of the database for the user (Soubor › Uložit kopii jako…): made like a backup and verified like
     * one (it opens, passes {@code quick_check}, is ours, holds the same records), then written to the target
     * complete or not at all, and verified there once more. Nothing is written into the backups folder.
     *
     * @return the copy: its file, size and counts
     */
    default BackupInfo saveCopy(OutputTarget target) {
        throw new UnsupportedOperationException("a copy is made of a file only");
    }

    /** Every backup, newest first. */
    List<BackupInfo> list();

    Optional<BackupInfo> newest();

    /** True when there were changes since the last backup of this session (or since opening). */
    boolean hasChangesSinceBackup();

    /** True when there is no backup younger than {@code maxAge} (and the database is not empty). */
    boolean isDue(Duration maxAge);
}
