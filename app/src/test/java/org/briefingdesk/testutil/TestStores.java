package org.briefingdesk.testutil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.Storage;
import org.briefingdesk.persistence.AuditContext;
import org.briefingdesk.persistence.BackupPolicy;
import org.briefingdesk.persistence.SqliteStoreFiles;
import org.briefingdesk.persistence.SqliteStoreOpener;

/** Real SQLite stores on temporary files, writing as a fixed test user. */
public final class TestStores {
    public static final String USER = "tester";
    public static final Instant NOW = Instant.parse("2025-04-01T08:00:00Z");

    private TestStores() {
    }

    public static SqliteStoreOpener opener() {
        return new SqliteStoreOpener(new AuditContext(USER, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    /**
     * An opener that checks a file in full as the window's does after opening (RecordStore.integrityChecked),
     * here at once on the opening thread.
     */
    public static SqliteStoreOpener checkingOpener() {
        return new SqliteStoreOpener(new AuditContext(USER, Clock.fixed(NOW, ZoneOffset.UTC)), BackupPolicy.DEFAULT,
                Runnable::run);
    }

    public static SqliteStoreFiles files() {
        return new SqliteStoreFiles(new AuditContext(USER, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    /**
     * A clock that starts at {@link #NOW} and moves one millisecond each time it is read: backups made
     * one after another get names and dates of their own, as they would in real time.
     */
    public static Clock ticking() {
        return new Clock() {
            private final AtomicLong millis = new AtomicLong(NOW.toEpochMilli());

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(millis.getAndIncrement());
            }
        };
    }

    /**
     * An opener on the {@link #ticking} clock: for tests of merges, which tell versions of a record apart by when
     * they were saved.
     */
    public static SqliteStoreOpener tickingOpener() {
        return new SqliteStoreOpener(new AuditContext(USER, ticking()));
    }

    /** Opening, checking, backing up and restoring with this clock. */
    public static Storage storage(Clock clock) {
        AuditContext audit = new AuditContext(USER, clock);
        return new Storage(new SqliteStoreOpener(audit), new SqliteStoreFiles(audit));
    }

    /** A new store in {@code folder} (a JUnit {@code @TempDir}). */
    public static RecordStore create(Path folder) {
        return opener().open(folder.resolve("test.db"), OpenMode.CREATE);
    }
}
