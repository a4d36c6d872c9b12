package org.briefingdesk.logic.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The database file failed its integrity check when opened. The damaged file has been kept as
 * {@link #damagedCopy()}; {@link #newestBackup()} is the backup the user may restore.
 */
public class DamagedFileException extends StoreException {
    private final transient Path file;
    private final transient Path damagedCopy;
    private final transient BackupInfo newestBackup;

    public DamagedFileException(Path file, Path damagedCopy, BackupInfo newestBackup) {
        super("error.db.damaged", file, damagedCopy);
        this.file = file;
        this.damagedCopy = damagedCopy;
        this.newestBackup = newestBackup;
    }

    public Path file() {
        return file;
    }

    public Path damagedCopy() {
        return damagedCopy;
    }

    public Optional<BackupInfo> newestBackup() {
        return Optional.ofNullable(newestBackup);
    }
}
