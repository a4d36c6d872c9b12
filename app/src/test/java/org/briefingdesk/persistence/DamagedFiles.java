package org.briefingdesk.persistence;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.Executor;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.testutil.TestStores;

/** Files damaged where the window does not read at first, and stores whose check after opening waits its turn. */
public final class DamagedFiles {
    private DamagedFiles() {
    }

    /**
     * Garbage over the root page of the full-text index's data in a closed file: {@code quick_check} finds it,
     * while the records themselves read as before.
     */
    public static void damageSearchIndex(Path file) throws Exception {
        overwrite(file, searchIndexRoot(file));
    }

    /** Where in the file the root page of the full-text index's data starts (read without changing the file). */
    static long searchIndexRoot(Path file) throws Exception {
        try (Connection c = DatabaseFiles.openReadOnly(file)) {
            long page = Jdbc.queryOne(c, "SELECT rootpage FROM sqlite_master WHERE name = 'search_fts_data'",
                    rs -> rs.getLong(1)).orElseThrow();
            long pageSize = Jdbc.queryOne(c, "PRAGMA page_size", rs -> rs.getLong(1)).orElseThrow();
            return (page - 1) * pageSize;
        }
    }

    /** 64 bytes of garbage at {@code offset}, written past SQLite as a bad disk would. */
    static void overwrite(Path file, long offset) throws Exception {
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(offset);
            byte[] garbage = new byte[64];
            Arrays.fill(garbage, (byte) 0x5a);
            raw.write(garbage);
        }
    }

    /**
     * Opens an existing file for writing, as the window does; its integrity check runs on {@code checks}. The
     * clock is the test stores' (the file's backups are fresh: no backup at opening waits for the check).
     */
    public static RecordStore openCheckingLater(Path file, Executor checks) {
        return new SqliteStoreOpener(new AuditContext(TestStores.USER, Clock.fixed(TestStores.NOW, ZoneOffset.UTC)),
                BackupPolicy.DEFAULT, checks).open(file, OpenMode.WRITE);
    }
}
