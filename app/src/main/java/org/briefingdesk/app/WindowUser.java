package org.briefingdesk.app;

import java.util.function.Supplier;
import org.briefingdesk.persistence.BackupPolicy;

/**
 * Who works in the window and how their files are backed up, as Nastavení says: asked each time (the name at
 * each change, the backup policy at each file opened), so that a change in Nastavení applies without a restart.
 *
 * @param author  the name changes are made in; the OS user when it names no one
 * @param backups how many backups to keep (the environment's variables win)
 */
public record WindowUser(Supplier<String> author, Supplier<BackupPolicy> backups) {
    /** The OS user with the default backup policy. */
    public static final WindowUser SYSTEM = new WindowUser(() -> null, () -> BackupPolicy.DEFAULT);
}
