package org.briefingdesk.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.briefingdesk.logic.files.PrivateFiles;

/**
 * One writer per database file: an OS file lock on {@code FILE.lock} beside it, held while the
 * file is open for writing. The OS releases it when the process dies, so a crash never leaves the
 * file locked. SQLite's own locks only guard single transactions; this guards whole sessions.
 *
 * <p>The lock file also tells whether the last writer closed the file: while a writer has it open the
 * file says {@code open PID START} (the process and when it started), and a clean close empties it. A
 * file left saying {@code open} by a process that is gone is a writer that was killed or lost its
 * machine: the next open checks the whole file ({@link #leftOpen}).
 */
final class WriterLock implements AutoCloseable {
    private static final String OPEN = "open";
    /**
     * The lock files this process holds. The OS drops a process's lock on a file when the process closes any
     * descriptor of that file, so a lock file held here is never opened a second time: it is known to be held.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * The lock, or empty when another process (or another store in this one) is writing. The lock
     * file is created owner-only and never through a link.
     */
    static Optional<WriterLock> tryAcquire(Path database) throws IOException {
        Path lockFile = lockFile(database);
        if (HELD.contains(lockFile)) {
            return Optional.empty();
        }
        FileChannel channel = PrivateFiles.posix()
                ? FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS), PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rw-------")))
                : FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            HELD.add(lockFile);
            return Optional.of(new WriterLock(lockFile, channel, lock));
        } catch (OverlappingFileLockException e) {
            channel.close();
            return Optional.empty();
        }
    }

    private static Path lockFile(Path database) {
        Path absolute = database.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /**
     * True when the last writer of {@code database} did not close it: its lock file says {@code open} for a
     * process that is no longer running. A missing or unreadable lock file (a read-only folder, a file of an
     * earlier build) says nothing of the kind, and neither does a lock this process holds.
     */
    static boolean leftOpen(Path database) {
        Path lockFile = lockFile(database);
        if (HELD.contains(lockFile)) {
            return false;
        }
        try {
            return leftOpen(Files.readString(lockFile, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }

    /** {@link #leftOpen(Path)} for the file this lock holds, read through the lock's own channel. */
    boolean previousWriterLeftOpen() throws IOException {
        ByteBuffer content = ByteBuffer.allocate((int) Math.min(channel.size(), 256));
        channel.read(content, 0);
        return leftOpen(new String(content.array(), 0, content.position(), StandardCharsets.US_ASCII));
    }

    private static boolean leftOpen(String content) {
        String[] parts = content.trim().split(" ");
        if (!parts[0].equals(OPEN)) {
            return false;
        }
        try {
            long pid = Long.parseLong(parts[1]);
            if (pid == ProcessHandle.current().pid()) {
                return true; // this process holds no lock on the file (asked first): a store of it that never closed
            }
            Optional<ProcessHandle> writer = ProcessHandle.of(pid);
            if (writer.isEmpty() || !writer.get().isAlive()) {
                return true;
            }
            // The same number may since have been given to another process: it is the writer if it started then.
            Optional<String> started = writer.get().info().startInstant().map(Instant::toString);
            return parts.length > 2 && started.isPresent() && !started.get().equals(parts[2]);
        } catch (RuntimeException e) {
            return true; // "open" without a readable process: a writer stopped while writing its marker
        }
    }

    /**
     * Says in the lock file that this process has the database open for writing, on disk before the first write
     * to the database, so that a writer that never closes is seen as one.
     */
    void markOpen() throws IOException {
        ProcessHandle self = ProcessHandle.current();
        String marker = OPEN + " " + self.pid() + self.info().startInstant().map(i -> " " + i).orElse("") + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(marker.getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(true);
    }

    /** Says in the lock file that the database was closed cleanly (empties it). */
    void markClosed() throws IOException {
        channel.truncate(0);
        channel.force(true);
    }

    @Override
    public void close() {
        HELD.remove(lockFile);
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // The OS drops the lock with the channel or the process anyway.
        }
    }
}
