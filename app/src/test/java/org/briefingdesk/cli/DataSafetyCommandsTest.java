package org.briefingdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** backup, restore and check from the command line: exit codes and one-line refusals. */
@ResourceLock(Locks.ROOT_LOGGER)
class DataSafetyCommandsTest {
    @TempDir
    Path folder;

    private CliRun run(String... args) {
        return CliRun.on(CliRun.database(folder), TestStores.opener(), Path::of, args);
    }

    private Path newestBackup() {
        return TestStores.files().backups(CliRun.database(folder)).get(0).file();
    }

    @Test
    void backupCheckAndRestoreRoundTrip() {
        assertEquals(0, run("sample").exitCode());
        CliRun backup = run("backup");
        assertEquals(0, backup.exitCode(), backup.err());
        assertTrue(backup.out().contains("29"), backup.out());
        CliRun list = run("backup", "--list");
        assertTrue(list.out().contains(newestBackup().getFileName().toString()), list.out());

        CliRun check = run("check");
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.out().contains("v pořádku"), check.out());

        CliRun restore = run("restore", newestBackup().toString());
        assertEquals(0, restore.exitCode(), restore.err());
        assertTrue(restore.out().contains("obnovena"), restore.out());
    }

    @Test
    void everyFileTheCommandLineCreatesIsTheOwnersOnly() throws Exception {
        assertEquals(0, run("sample").exitCode());
        assertEquals(0, run("backup").exitCode());
        Path db = CliRun.database(folder);
        for (Path path : List.of(db, Path.of(db + ".lock"), folder.resolve("logs"),
                folder.resolve("logs").resolve("briefing-desk.log"), folder.resolve("backups"), newestBackup())) {
            String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
            assertEquals(expected, PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(path)), path.toString());
        }
    }

    @Test
    void restoreOfAnEmptyBackupNeedsForce() throws Exception {
        assertEquals(0, run("init").exitCode());
        Path empty = folder.resolve("empty-copy.db");
        Files.copy(CliRun.database(folder), empty);
        assertEquals(0, run("sample").exitCode());

        CliRun refused = run("restore", empty.toString());
        assertEquals(1, refused.exitCode());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertTrue(refused.err().contains("--force"), refused.err());
        assertTrue(run("stats").out().contains("29"), "nothing was replaced");

        CliRun forced = run("restore", empty.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(run("stats").out().contains("Celkem: 0"));
    }

    @Test
    void checkOfADamagedFileExitsWithOne() throws Exception {
        assertEquals(0, run("sample").exitCode());
        Files.deleteIfExists(Path.of(CliRun.database(folder) + "-wal"));
        try (RandomAccessFile raw = new RandomAccessFile(CliRun.database(folder).toFile(), "rw")) {
            for (long offset = 4096; offset < raw.length(); offset += 512) {
                raw.seek(offset);
                raw.write(new byte[] {(byte) 0xff, 0x00, (byte) 0xff, 0x00, 0x13, 0x37});
            }
        }
        CliRun check = run("check");
        assertEquals(1, check.exitCode());
        assertTrue(check.err().contains("poškozená"), check.err());
        assertEquals(1, run("check", "--help").exitCode() == 0 ? 1 : 0, "help still works");
    }
}
