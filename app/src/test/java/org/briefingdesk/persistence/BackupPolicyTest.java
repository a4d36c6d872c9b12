package org.briefingdesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The retention policy is configurable through the environment; nonsense keeps the default. */
class BackupPolicyTest {
    @Test
    void environmentSetsTheNumbers() {
        assertEquals(new BackupPolicy(10, 7), BackupPolicy.from(Map.of()));
        assertEquals(new BackupPolicy(30, 14),
                BackupPolicy.from(Map.of(BackupPolicy.KEEP_LAST, "30", BackupPolicy.DAILY_DAYS, " 14 ")));
        assertEquals(new BackupPolicy(1, 0),
                BackupPolicy.from(Map.of(BackupPolicy.KEEP_LAST, "0", BackupPolicy.DAILY_DAYS, "-3")));
        assertEquals(BackupPolicy.DEFAULT, BackupPolicy.from(Map.of(BackupPolicy.KEEP_LAST, "deset")));
    }
}
