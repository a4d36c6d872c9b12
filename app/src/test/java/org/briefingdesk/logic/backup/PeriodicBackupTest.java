package org.briefingdesk.logic.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.testutil.TypicalRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The periodic backup backs up only when something changed since the last backup. */
class PeriodicBackupTest {
    @TempDir
    Path dir;

    @Test
    void backsUpOnlyAfterChanges() {
        try (RecordStore store = TestStores.create(dir);
             PeriodicBackup periodic = PeriodicBackup.start(store, Duration.ofDays(1))) {
            assertFalse(periodic.runOnce(), "nothing changed yet");
            store.people().save(TypicalRecords.person("Vít", "Rakušan"));
            assertTrue(periodic.runOnce());
            assertFalse(periodic.runOnce(), "no change since the last backup");
            assertEquals(1, store.backups().list().size());
            assertEquals("PERIODIC", store.backups().list().get(0).reason());
        }
    }
}
