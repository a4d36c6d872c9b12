package org.briefingdesk.logic.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * SQLite's WAL needs shared memory on a local disk: over a network file system, or under a folder
 * that a cloud client synchronises file by file, two copies of the data can drift apart. Such a
 * location gets a warning (a bundle key), not a refusal.
 */
public final class StorageLocationCheck {
    private static final Set<String> NETWORK_FILE_SYSTEMS = Set.of("nfs", "nfs4", "cifs", "smb", "smbfs", "smb2",
            "smb3", "fuse.sshfs", "sshfs", "afpfs", "webdav", "davfs", "fuse.davfs", "9p", "fuse.rclone", "ncpfs");
    private static final Set<String> SYNCED_FOLDERS = Set.of("dropbox", "onedrive", "google drive", "googledrive",
            "icloud drive", "mobile documents", "nextcloud", "owncloud", "box sync");

    private StorageLocationCheck() {
    }

    /** The warning for where {@code database} lives, if any. */
    public static Optional<String> warningFor(Path database) {
        Path folder = database.toAbsolutePath().getParent();
        String type = "";
        try {
            Path existing = folder;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            type = existing == null ? "" : Files.getFileStore(existing).type();
        } catch (IOException e) {
            type = "";
        }
        return warningFor(database, type);
    }

    /** The warning for a database at {@code database} on a file system of {@code fileSystemType}. */
    public static Optional<String> warningFor(Path database, String fileSystemType) {
        if (NETWORK_FILE_SYSTEMS.contains(fileSystemType.toLowerCase(Locale.ROOT))) {
            return Optional.of("ui.warning.networkFolder");
        }
        for (Path part : database.toAbsolutePath()) {
            String name = part.toString().toLowerCase(Locale.ROOT);
            if (SYNCED_FOLDERS.contains(name) || name.startsWith("onedrive -") || name.startsWith("dropbox (")) {
                return Optional.of("ui.warning.syncedFolder");
            }
        }
        return Optional.empty();
    }
}
