package org.briefingdesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.briefingdesk.logic.store.DamagedFileException;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Person;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.testutil.TypicalRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's stores check the file after opening: the data is read while the check runs, a save waits for it,
 * and a failed check refuses the save and goes the damaged-file way (the file kept, the newest backup named).
 * The checks run when the test says so.
 */
class IntegrityCheckAfterOpeningTest {
    /** How long a save is given to show that it waits (were it not waiting, it would be done long before). */
    private static final long WAITING_MS = 500;

    @TempDir
    Path folder;

    private final List<Runnable> checks = new CopyOnWriteArrayList<>();

    private RecordStore openCheckingLater(Path file) {
        return DamagedFiles.openCheckingLater(file, checks::add);
    }

    /** The sample in a closed file, with the verified backup its first opening made. */
    private Path sampleFile() {
        return TestStores.closedSample(folder.resolve("summit.db"));
    }

    @Test
    void theDataIsReadWhileTheCheckRunsAndASaveWaitsForIt() throws Exception {
        try (RecordStore store = openCheckingLater(sampleFile())) {
            assertEquals(1, checks.size(), "one check, waiting for its turn");
            assertFalse(store.integrityChecked().isDone());
            assertEquals(3, store.events().count(), "reads do not wait");
            long people = store.people().count();

            CompletableFuture<Person> save = CompletableFuture.supplyAsync(
                    () -> store.people().save(TypicalRecords.person("Jana", "Nováková")));
            assertThrows(TimeoutException.class, () -> save.get(WAITING_MS, TimeUnit.MILLISECONDS));
            assertEquals(people, store.people().count(), "nothing written before the check passed");

            checks.get(0).run();
            save.get(30, TimeUnit.SECONDS);
            assertFalse(store.integrityChecked().isCompletedExceptionally());
            assertEquals(people + 1, store.people().count());
        }
    }

    @Test
    void aFailedCheckRefusesTheSaveAndKeepsTheDamagedFile() throws Exception {
        Path file = sampleFile();
        DamagedFiles.damageSearchIndex(file);
        try (RecordStore store = openCheckingLater(file)) {
            assertEquals(3, store.events().count(), "the damage is where the window does not read at first");
            CompletableFuture<Person> save = CompletableFuture.supplyAsync(
                    () -> store.people().save(TypicalRecords.person("Jana", "Nováková")));

            checks.get(0).run();

            ExecutionException refused = assertThrows(ExecutionException.class, () -> save.get(30, TimeUnit.SECONDS));
            DamagedFileException damaged = assertInstanceOf(DamagedFileException.class, refused.getCause());
            assertTrue(Files.exists(damaged.damagedCopy().orElseThrow()), "the damaged file is kept under a new name");
            assertTrue(damaged.newestBackup().isPresent(), "the verified backup is offered");
            ExecutionException check = assertThrows(ExecutionException.class, () -> store.integrityChecked().get());
            assertInstanceOf(DamagedFileException.class, check.getCause());
            assertThrows(DamagedFileException.class,
                    () -> store.people().save(TypicalRecords.person("Petr", "Novák")), "and so is every later write");
        }
    }

    @Test
    void theCommandLineChecksWhileOpening() {
        try (RecordStore store = TestStores.opener().open(sampleFile(), OpenMode.WRITE)) {
            assertTrue(store.integrityChecked().isDone(), "the command line checks before it reads");
        }
    }
}
