package org.briefingdesk.logic.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Network and cloud-synchronised folders get a warning; a local folder none. */
class StorageLocationCheckTest {
    @Test
    void warnsAboutNetworkAndSynchronisedFolders() {
        assertEquals(Optional.of("ui.warning.networkFolder"),
                StorageLocationCheck.warningFor(Path.of("/mnt/share/briefing.db"), "cifs"));
        assertEquals(Optional.of("ui.warning.networkFolder"),
                StorageLocationCheck.warningFor(Path.of("/home/jana/briefing.db"), "nfs4"));
        assertEquals(Optional.of("ui.warning.syncedFolder"),
                StorageLocationCheck.warningFor(Path.of("/home/jana/Dropbox/briefing.db"), "ext4"));
        assertEquals(Optional.of("ui.warning.syncedFolder"),
                StorageLocationCheck.warningFor(Path.of("/Users/jana/OneDrive - MV ČR/briefing.db"), "apfs"));
        assertEquals(Optional.empty(),
                StorageLocationCheck.warningFor(Path.of("/home/jana/.local/share/briefing-desk/briefing.db"), "ext4"));
    }
}
