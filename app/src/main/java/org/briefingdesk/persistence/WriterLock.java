package org.briefingdesk.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import org.briefingdesk.logic.files.PrivateFiles;

/**
 * One writer per database file: an OS file lock on {@code FILE.lock} beside it, held while the
 * file is open for writing. The OS releases it when the process dies, so a crash never leaves the
 * file locked. SQLite's own locks only guard single transactions; this guards whole sessions.
 */
final class WriterLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * The lock, or empty when another process (or another store in this one) is writing. The lock
     * file is created owner-only and never through a link.
     */
    static Optional<WriterLock> tryAcquire(Path database) throws IOException {
        Path lockFile = database.resolveSibling(database.getFileName() + ".lock");
        FileChannel channel = PrivateFiles.posix()
                ? FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS), PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rw-------")))
                : FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new WriterLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            channel.close();
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // The OS drops the lock with the channel or the process anyway.
        }
    }
}
