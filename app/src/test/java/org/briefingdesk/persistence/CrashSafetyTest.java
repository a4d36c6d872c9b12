package org.briefingdesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Processes killed with SIGKILL mid-write lose nothing they reported as saved, and never leave a
 * damaged file; and two processes never write one file at once.
 */
class CrashSafetyTest {
    private static final int KILLS = 50;
    /**
     * Files killed over side by side, each by its own sequence of writers: while one lane's child JVM starts,
     * the other's writes or is checked (a child's start is most of a round; the kills stay 50 in all).
     */
    private static final int LANES = 2;

    @TempDir
    Path dir;

    @Test
    void everyCommittedRecordSurvivesSigkill() throws Exception {
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<Integer>> written = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                Path file = dir.resolve("crash-" + lane + ".db");
                Random random = new Random(31032025L + lane);
                written.add(lanes.submit(() -> killOver(file, random, KILLS / LANES)));
            }
            int committed = 0;
            for (Future<Integer> lane : written) {
                try {
                    committed += lane.get(10, TimeUnit.MINUTES);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof AssertionError failed) {
                        throw failed; // the lane's own message: which file, after which kill
                    }
                    throw e;
                }
            }
            assertTrue(committed > KILLS, "the writers wrote " + committed + " records");
        } finally {
            lanes.shutdownNow();
        }
    }

    /** Kills writers of one file, each after a random while, and checks the file after every kill. */
    private static int killOver(Path file, Random random, int kills) throws Exception {
        Set<UUID> committed = new HashSet<>();
        for (int kill = 0; kill < kills; kill++) {
            Process writer = ChildWriter.start("loop", file);
            BufferedReader lines = new BufferedReader(
                    new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            // Let it write for a random while once it has started, then pull the plug.
            String first = lines.readLine();
            if (first != null) {
                committed.add(UUID.fromString(first));
            }
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20 + random.nextInt(250));
            while (System.nanoTime() < until) {
                String line = lines.readLine();
                if (line == null) {
                    break;
                }
                committed.add(UUID.fromString(line));
            }
            kill(writer, lines, committed);

            try (RecordStore store = new SqliteStoreOpener().open(file, OpenMode.WRITE)) {
                String integrity = ((SqliteRecordStore) store).database()
                        .read(c -> Jdbc.queryOne(c, "PRAGMA integrity_check", rs -> rs.getString(1)).orElse(""));
                assertEquals("ok", integrity, file.getFileName() + " after kill " + kill);
                // Every person read back in one pass (not one query per id: the ids grow to thousands a file).
                Set<UUID> stored = new HashSet<>();
                store.people().findAll().forEach(p -> stored.add(p.id()));
                List<UUID> missing = committed.stream().filter(id -> !stored.contains(id)).toList();
                assertEquals(List.of(), missing, file.getFileName() + " after kill " + kill
                        + ", records reported saved are missing");
            }
        }
        return committed.size();
    }

    /**
     * The batch path (statement journals in memory, many records a transaction) killed midway: each time the file is
     * sound, every batch reported committed is there whole, and the search index holds exactly the records stored.
     */
    @Test
    void batchesKilledMidwayLeaveASoundFileAndTheirIndexInStep() throws Exception {
        Path file = dir.resolve("batches.db");
        Random random = new Random(1122026L);
        Set<UUID> committed = new HashSet<>();
        for (int kill = 0; kill < 4; kill++) {
            Process writer = ChildWriter.start("batches", file);
            BufferedReader lines = new BufferedReader(
                    new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            String first = lines.readLine(); // one batch committed: the next ones run while the plug is pulled
            if (first != null) {
                committed.add(UUID.fromString(first));
            }
            Thread.sleep(50 + random.nextInt(700));
            kill(writer, lines, committed);

            try (RecordStore store = new SqliteStoreOpener().open(file, OpenMode.WRITE)) {
                Database db = ((SqliteRecordStore) store).database();
                String integrity = db.read(c -> Jdbc.queryOne(c, "PRAGMA integrity_check", rs -> rs.getString(1))
                        .orElse(""));
                assertEquals("ok", integrity, "after kill " + kill);
                db.inTransaction(c -> Jdbc.update(c, "INSERT INTO search_fts(search_fts) VALUES ('integrity-check')"));
                Set<UUID> stored = new HashSet<>();
                store.people().findAll().forEach(p -> stored.add(p.id()));
                assertTrue(stored.containsAll(committed), "after kill " + kill + ", reported batches are missing");
                assertEquals(0, stored.size() % 400, "after kill " + kill + ", a batch is there in part");
                long indexed = db.read(c -> Jdbc.count(c, "SELECT count(*) FROM search_meta"));
                assertEquals((long) stored.size(), indexed, "after kill " + kill);
            }
        }
        assertTrue(committed.size() >= 4 * 400, "the writers wrote " + committed.size() + " records");
    }

    @Test
    void aSecondProcessCannotWriteTheSameFile() throws Exception {
        Path file = dir.resolve("shared.db");
        Process holder = ChildWriter.start("hold", file);
        try {
            BufferedReader lines = new BufferedReader(
                    new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", lines.readLine());
            StoreException refused = assertThrows(StoreException.class,
                    () -> new SqliteStoreOpener().open(file, OpenMode.WRITE));
            assertEquals("error.db.locked", refused.key());
            try (RecordStore reader = new SqliteStoreOpener().open(file, OpenMode.READ)) {
                assertTrue(reader.readOnly());
            }
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(10, TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
        try (RecordStore writer = new SqliteStoreOpener().open(file, OpenMode.WRITE)) {
            assertTrue(!writer.readOnly(), "the lock is released when the other process ends");
        }
    }

    /**
     * Kills the writer (SIGKILL on Unix: no shutdown hooks, no close); the ids it printed before dying, still in the
     * pipe, were committed too.
     */
    private static void kill(Process writer, BufferedReader lines, Set<UUID> committed)
            throws IOException, InterruptedException {
        writer.toHandle().destroyForcibly();
        writer.waitFor(10, TimeUnit.SECONDS);
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.length() == 36) {
                committed.add(UUID.fromString(line));
            }
        }
    }
}
