package org.briefingdesk.logic.files;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.briefingdesk.logic.UserFacingException;

/**
 * A file the application writes for the user — a briefing pack now, exports and bundles too. Checked
 * before anything is written, so that it can never replace the open database, its {@code -wal},
 * {@code -shm}, journal or lock file, anything in its {@code backups/} folder, another database, a
 * device, a FIFO or a link; then written so that it is either complete or not there at all: into an
 * owner-only temporary file beside it, flushed to disk, and moved into place.
 */
public final class OutputTarget {
    /** What fills the file; it may throw anything, a cancellation included. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> COMPANIONS = List.of("", "-wal", "-shm", "-journal", ".lock");
    /** {@code .NAME.123456789.part}: the temporary file {@link #write} makes beside its target. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.\\d+\\.part");

    private final Path path;

    private OutputTarget(Path path) {
        this.path = path;
    }

    /**
     * Checks a file the user asked to write.
     *
     * @param requested the file as the user named it
     * @param database  the database file open in this run (its companions and backups are refused too)
     * @throws UserFacingException with one sentence naming the file and why it cannot be written
     */
    public static OutputTarget check(Path requested, Path database) {
        if (requested == null || requested.toString().isBlank()) {
            throw new UserFacingException("error.output.missing");
        }
        Path file = requested.toAbsolutePath().normalize();
        if (file.getFileName() == null) {
            throw new UserFacingException("error.output.special", file);
        }
        if (Files.isSymbolicLink(file)) {
            throw new UserFacingException("error.output.link", file);
        }
        BasicFileAttributes attributes = attributes(file);
        if (attributes != null && attributes.isDirectory()) {
            throw new UserFacingException("error.output.folder", file);
        }
        if (attributes != null && !attributes.isRegularFile()) {
            throw new UserFacingException("error.output.special", file);
        }
        if (database != null) {
            refuseDatabaseFiles(file, database.toAbsolutePath().normalize());
        }
        if (attributes != null && isDatabase(file)) {
            throw new UserFacingException("error.output.otherDatabase", file);
        }
        // A mistyped folder would otherwise be made quietly, and the file land where nobody looks for it.
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            throw new UserFacingException("error.output.noFolder", file.getParent(), file.getFileName());
        }
        return new OutputTarget(file);
    }

    private static void refuseDatabaseFiles(Path file, Path database) {
        Path folder = real(file.getParent());
        Path databaseFolder = real(database.getParent());
        for (String suffix : COMPANIONS) {
            Path companion = database.resolveSibling(database.getFileName() + suffix);
            boolean sameName = folder.equals(databaseFolder)
                    && file.getFileName().toString().equals(companion.getFileName().toString());
            if (sameName || sameFile(file, companion)) {
                throw new UserFacingException(suffix.isEmpty() ? "error.output.database" : "error.output.companion",
                        file, database);
            }
        }
        Path backups = databaseFolder.resolve("backups");
        if (folder.startsWith(backups)) {
            throw new UserFacingException("error.output.backups", file, backups);
        }
    }

    /** The file where it really is, links in its folders resolved; as given when it is not there yet. */
    private static Path real(Path path) {
        if (path == null) {
            return Path.of("").toAbsolutePath();
        }
        try {
            return path.toRealPath();
        } catch (IOException e) {
            Path parent = path.getParent();
            return parent == null ? path : real(parent).resolve(path.getFileName());
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UserFacingException(e, "error.output.unreadable", file);
        }
    }

    /** True for a SQLite database of any program: its header starts with the SQLite magic. */
    static boolean isDatabase(Path file) {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return Arrays.equals(in.readNBytes(SQLITE_MAGIC.length), SQLITE_MAGIC);
        } catch (IOException e) {
            return false; // a file we cannot read we cannot replace either: the write says why
        }
    }

    /** The checked file, absolute. */
    public Path path() {
        return path;
    }

    /**
     * Writes the file: a temporary file beside it (owner-only from its first byte), flushed to disk and
     * moved into place. A failed or cancelled write leaves the old file as it was and no temporary file;
     * temporary files of earlier runs that were killed (older than a day) are removed first.
     *
     * @return the size of the file written
     * @throws UserFacingException when the file cannot be written (a full disk says how much room it needed)
     */
    public long write(Body body) {
        Path folder = path.getParent();
        Path temp = null;
        UnfinishedWrites.Write write = null;
        long[] written = {0};
        try {
            PrivateFiles.deleteStale(folder, name -> TEMPORARY.matcher(name).matches(),
                    Instant.now().minus(PrivateFiles.STALE_AFTER));
            Path part = folder.resolve("." + path.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".part");
            // Registered before the file exists: a shutdown (SIGTERM) from here on cancels the write and waits for
            // the clean-up below, or removes the part file itself.
            write = UnfinishedWrites.begin(part);
            temp = PrivateFiles.createNew(part);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                 OutputStream out = new BufferedOutputStream(write.guard(counting(Channels.newOutputStream(channel),
                         written)), 1 << 16)) {
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            check(path, null); // nothing took the file's place while it was being written
            move(temp, path);
            temp = null;
            return written[0];
        } catch (UncheckedIOException e) {
            throw failure(e.getCause(), folder, written[0]);
        } catch (IOException e) {
            throw failure(e, folder, written[0]);
        } finally {
            try {
                if (temp != null) {
                    PrivateFiles.deleteQuietly(temp);
                }
            } finally {
                if (write != null) {
                    write.done();
                }
            }
        }
    }

    /** A write that failed, in one sentence: a full disk says how much room the file needed. */
    private UserFacingException failure(IOException e, Path folder, long written) {
        if (DiskSpace.isFull(e, folder)) {
            return new UserFacingException(e, "error.output.diskFull", folder, DiskSpace.megabytes(written + 1),
                    DiskSpace.megabytes(DiskSpace.usable(folder)));
        }
        return new UserFacingException(e, "error.output.failed", path, DiskSpace.reason(e));
    }

    private static OutputStream counting(OutputStream out, long[] written) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                written[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                written[0] += len;
            }
        };
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
