package org.briefingdesk.logic.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.briefingdesk.logic.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one check every file written for the user goes through: it never lands on the database, its
 * companions, its backups, another database, a device, a FIFO or a link; and it is written whole.
 */
class OutputTargetTest {
    @TempDir
    Path folder;

    private Path database() throws IOException {
        Path db = folder.resolve("briefing-desk.db");
        Files.write(db, "SQLite format 3\0 and the rest of a database".getBytes(StandardCharsets.ISO_8859_1));
        return db;
    }

    private String refusal(Path out, Path database) {
        return assertThrows(UserFacingException.class, () -> OutputTarget.check(out, database)).key();
    }

    @Test
    void theDatabaseAndItsCompanionsAreRefusedUnderAnyName() throws IOException {
        Path db = database();
        assertEquals("error.output.database", refusal(db, db));
        assertEquals("error.output.database", refusal(folder.resolve("sub/../briefing-desk.db"), db));
        Path hardLink = Files.createLink(folder.resolve("other-name.html"), db);
        assertEquals("error.output.database", refusal(hardLink, db));
        for (String suffix : List.of("-wal", "-shm", "-journal", ".lock")) {
            assertEquals("error.output.companion", refusal(folder.resolve("briefing-desk.db" + suffix), db), suffix);
        }
    }

    @Test
    void anythingInTheBackupFolderIsRefused() throws IOException {
        Path db = database();
        Path backups = Files.createDirectories(folder.resolve("backups"));
        Path backup = Files.writeString(backups.resolve("briefing-desk-20250331-080000-000-close.db"), "x");
        assertEquals("error.output.backups", refusal(backup, db));
        assertEquals("error.output.backups", refusal(backups.resolve("new-pack.pdf"), db));
        assertEquals("error.output.backups", refusal(backups.resolve("deeper/pack.pdf"), db));
    }

    @Test
    void anotherDatabaseIsNeverOverwritten() throws IOException {
        Path db = database();
        Path other = Files.write(folder.resolve("other.db"),
                "SQLite format 3\0...".getBytes(StandardCharsets.US_ASCII));
        assertEquals("error.output.otherDatabase", refusal(other, db));
        Path renamed = Files.write(folder.resolve("report.pdf"), Files.readAllBytes(other));
        assertEquals("error.output.otherDatabase", refusal(renamed, db), "the content decides, not the name");
    }

    @Test
    void devicesFifosLinksAndFoldersAreRefused() throws Exception {
        Path db = database();
        assertEquals("error.output.link", refusal(Path.of("/dev/stdout"), db));
        assertEquals("error.output.special", refusal(Path.of("/dev/null"), db));
        Path fifo = folder.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertEquals("error.output.special", refusal(fifo, db));
        Path linkToDevice = Files.createSymbolicLink(folder.resolve("null.pdf"), Path.of("/dev/null"));
        assertEquals("error.output.link", refusal(linkToDevice, db));
        Path file = Files.writeString(folder.resolve("t"), "t");
        Path linkToFile = Files.createSymbolicLink(folder.resolve("pack.pdf"), file);
        assertEquals("error.output.link", refusal(linkToFile, db));
        assertEquals("error.output.folder", refusal(folder, db));
    }

    @Test
    void aFolderThatDoesNotExistIsRefusedNotMade() throws IOException {
        Path db = database();
        Path mistyped = folder.resolve("podkldy/cooper.pdf");
        assertEquals("error.output.noFolder", refusal(mistyped, db));
        assertFalse(Files.exists(mistyped.getParent()), "no folder made");
    }

    @Test
    void aNewFileOrAnOldPackIsWrittenWholeAndOwnerOnly() throws IOException {
        Path db = database();
        Path pack = Files.createDirectories(folder.resolve("packs")).resolve("cooper.html");
        List<String> tempPermissions = new ArrayList<>();
        long bytes = OutputTarget.check(pack, db).write(out -> {
            try (Stream<Path> files = Files.list(pack.getParent())) {
                for (Path temp : files.toList()) {
                    tempPermissions.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp)));
                }
            }
            out.write("<html>nový</html>".getBytes(StandardCharsets.UTF_8));
        });
        assertEquals(List.of("rw-------"), tempPermissions, "the temporary file is owner-only from its first byte");
        assertEquals("<html>nový</html>", Files.readString(pack));
        assertEquals(Files.size(pack), bytes);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(pack)));
        OutputTarget.check(pack, db).write(out -> out.write("v2".getBytes(StandardCharsets.UTF_8)));
        assertEquals("v2", Files.readString(pack), "an old pack of the same name is replaced");
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = Files.writeString(folder.resolve("pack.html"), "old");
        UserFacingException e = assertThrows(UserFacingException.class, () -> OutputTarget.check(target, null)
                .write(out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("simulated failure");
                }));
        assertEquals("error.output.failed", e.key());
        assertEquals("old", Files.readString(target));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void staleTemporaryFilesOfOursAreRemovedAndFreshOnesAndOthersStay() throws IOException {
        Path stale = Files.writeString(folder.resolve(".pack.pdf.123456789.part"), "killed run");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path fresh = Files.writeString(folder.resolve(".other.pdf.987654321.part"), "a run in progress");
        Path someoneElses = Files.writeString(folder.resolve("notes.part"), "not ours");
        Files.setLastModifiedTime(someoneElses, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        OutputTarget.check(folder.resolve("pack.pdf"), null).write(out -> out.write(1));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh));
        assertTrue(Files.exists(someoneElses));
    }
}
