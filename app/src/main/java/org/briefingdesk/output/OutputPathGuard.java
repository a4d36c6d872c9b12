package org.briefingdesk.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.briefingdesk.logic.UserFacingException;

/**
 * Where a file written for the user may not go: over the open database or its {@code -wal}, {@code -shm} and lock
 * files, into its {@code backups/} folder, over another SQLite database, or onto anything that is not a regular
 * file or a new path (a device, a FIFO, a folder, a link to one). One check, {@link #check}, for every export.
 */
public final class OutputPathGuard {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private OutputPathGuard() {
    }

    /** Throws a user-facing refusal naming {@code target} when an export must not write there. */
    public static void check(Path target, Path database) {
        Path out = target.toAbsolutePath().normalize();
        Path real = resolved(out);
        if (database != null) {
            Path db = resolved(database.toAbsolutePath().normalize());
            String name = db.getFileName().toString();
            for (String sibling : new String[] {name, name + "-wal", name + "-shm", name + "-journal", name + ".lock"}) {
                if (real.equals(db.resolveSibling(sibling))) {
                    throw new UserFacingException("exchange.error.outIsDatabase", target);
                }
            }
            if (real.startsWith(db.resolveSibling("backups"))) {
                throw new UserFacingException("exchange.error.outIsBackup", target);
            }
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(out) || Files.isSymbolicLink(out)) {
                throw new UserFacingException("exchange.error.outNotAFile", target);
            }
            if (isSqlite(out)) {
                throw new UserFacingException("exchange.error.outIsDatabase", target);
            }
        }
    }

    private static Path resolved(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path;
        } catch (IOException e) {
            return path;
        }
    }

    private static boolean isSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }
}
