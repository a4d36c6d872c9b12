package org.briefingdesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.briefingdesk.logic.store.DamagedFileException;
import org.briefingdesk.logic.store.IntegrityReport;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.testutil.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ordinary open does not read the whole file; after a writer that never closed it, the next open does. The
 * damage used is where neither open reads otherwise: the root page of the full-text index's data.
 */
class UncleanShutdownTest {
    @TempDir
    Path folder;

    /** The sample in a closed file. */
    private Path sampleFile() {
        return TestStores.closedSample(folder.resolve("summit.db"));
    }

    @Test
    void aCleanlyClosedFileOpensWithoutTheFullCheckWhichCheckStillRuns() throws Exception {
        Path file = sampleFile();
        assertFalse(WriterLock.leftOpen(file), "the writer said it closed the file");
        DamagedFiles.damageSearchIndex(file);

        try (RecordStore store = TestStores.opener().open(file, OpenMode.READ)) {
            assertEquals(3, store.events().count(), "opened without reading the damaged page");
        }
        IntegrityReport report = TestStores.files().check(file);
        assertFalse(report.ok(), "check reads all of it: " + report.problems());
    }

    @Test
    void aKilledWriterMakesTheNextOpenFindTheDamage() throws Exception {
        Path file = sampleFile();
        long indexRoot = DamagedFiles.searchIndexRoot(file);
        Process writer = ChildWriter.start("hold", file);
        try {
            BufferedReader lines = new BufferedReader(
                    new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", lines.readLine());
            assertFalse(WriterLock.leftOpen(file), "a running writer is not a writer that left");
            DamagedFiles.overwrite(file, indexRoot); // the disk goes bad under the writer
        } finally {
            writer.toHandle().destroyForcibly(); // SIGKILL on Unix: no close, no clean-close mark
            writer.waitFor(10, TimeUnit.SECONDS);
        }
        assertTrue(WriterLock.leftOpen(file), "the lock file still says open, for a process that is gone");

        assertThrows(DamagedFileException.class, () -> TestStores.opener().open(file, OpenMode.READ),
                "a reader checks all of it");
        assertThrows(DamagedFileException.class, () -> TestStores.opener().open(file, OpenMode.WRITE),
                "and so does the writer, before its first write");
    }

    @Test
    void aWriterThatFindsNoDamageAfterAKillClosesCleanlyAgain() throws Exception {
        Path file = sampleFile();
        Process writer = ChildWriter.start("hold", file);
        try {
            assertEquals("ready", new BufferedReader(
                    new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8)).readLine());
        } finally {
            writer.toHandle().destroyForcibly();
            writer.waitFor(10, TimeUnit.SECONDS);
        }
        assertTrue(WriterLock.leftOpen(file));
        try (RecordStore store = TestStores.opener().open(file, OpenMode.WRITE)) {
            assertEquals(3, store.events().count());
        }
        assertFalse(WriterLock.leftOpen(file), "checked in full, and closed cleanly");
    }

    @Test
    void aStoreOfThisProcessThatNeverClosedCountsAsAWriterThatLeft() throws Exception {
        Path file = sampleFile();
        DamagedFiles.damageSearchIndex(file);
        Files.writeString(file.resolveSibling("summit.db.lock"), "open " + ProcessHandle.current().pid() + " "
                + ProcessHandle.current().info().startInstant().orElseThrow() + "\n");

        assertThrows(DamagedFileException.class, () -> TestStores.opener().open(file, OpenMode.READ));
    }

    @Test
    void aFileShorterThanItsHeaderSaysIsDamagedAtAnOrdinaryOpen() throws Exception {
        Path file = sampleFile();
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.setLength(raw.length() / 2); // a copy cut short
        }
        assertThrows(DamagedFileException.class, () -> TestStores.opener().open(file, OpenMode.READ));
    }
}
