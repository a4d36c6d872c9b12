package org.briefingdesk.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.briefingdesk.logic.sample.SampleDataLoader;
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

    /** The sample press release loaded once in this JVM, closed; {@link #copySample} copies it. */
    private static Path sampleTemplate;

    private TestStores() {
    }

    /**
     * The sample press release in a new file {@code file}, as {@link SampleDataLoader} leaves it in a new store
     * opened by {@link #opener()}: loaded once in this JVM into a closed file, and copied from it for every
     * test (a load creates the schema and writes some fifty records with their history and index each time).
     */
    public static Path copySample(Path file) {
        try {
            Files.copy(sampleTemplate(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * The sample loaded into a new file {@code file} by a writer that then closed it, as a first use of the file
     * leaves it: with the backups that opening and closing made beside it.
     */
    public static Path closedSample(Path file) {
        try (RecordStore store = opener().open(file, OpenMode.CREATE)) {
            new SampleDataLoader().load(store);
        }
        return file;
    }

    private static synchronized Path sampleTemplate() throws IOException {
        if (sampleTemplate == null) {
            Path folder = Files.createTempDirectory("briefing-desk-sample");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
            Path template = folder.resolve("sample.db");
            try (RecordStore store = opener().open(template, OpenMode.CREATE)) {
                new SampleDataLoader().load(store);
            }
            sampleTemplate = template;
        }
        return sampleTemplate;
    }

    /** Deletes a folder and all it holds, as far as it can (at the JVM's exit: nothing to report to). */
    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // left for the system's cleaning of temporary files
        }
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

    /** A new store in {@code folder} holding the sample press release ({@link #copySample}). */
    public static RecordStore createSample(Path folder) {
        return opener().open(copySample(folder.resolve("test.db")), OpenMode.WRITE);
    }
}
