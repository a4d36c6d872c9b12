package org.briefingdesk.logic.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Files and folders the application creates for itself and for the user (the database's companions,
 * backups, logs, temporary files, packs): readable by their owner only from their first byte, and
 * never reached through a symbolic link, so that a link planted in their place cannot redirect a
 * write, an append or a change of permissions to another file.
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    /** Temporary files of ours older than this (where no lock tells more) are left over from a killed run. */
    public static final Duration STALE_AFTER = Duration.ofDays(1);

    private PrivateFiles() {
    }

    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    /**
     * Creates a new, empty file readable by its owner only. Fails when anything is already there, a
     * link (even one pointing nowhere) included.
     */
    public static Path createNew(Path file) throws IOException {
        return Files.createFile(file, ownerOnly(OWNER_FILE));
    }

    /** A new temporary file in {@code folder}, owner-only, with a name no other file has. */
    public static Path createTemp(Path folder, String prefix, String suffix) throws IOException {
        return Files.createTempFile(folder, prefix, suffix, ownerOnly(OWNER_FILE));
    }

    /**
     * The folder (and missing parents), readable by the owner only when it is created here. A folder
     * that is a link, or a file where the folder should be, is refused.
     */
    public static Path createFolder(Path folder) throws IOException {
        if (Files.isSymbolicLink(folder)) {
            throw new FileAlreadyExistsException(folder.toString(), null, "a link, not a folder");
        }
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return folder;
        }
        return Files.createDirectories(folder, ownerOnly(OWNER_FOLDER));
    }

    /**
     * Opens a file to append to, creating it owner-only; an existing one is made owner-only too. A
     * link in its place is refused, not followed.
     */
    public static FileChannel openForAppend(Path file) throws IOException {
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND,
                LinkOption.NOFOLLOW_LINKS);
        FileChannel channel = FileChannel.open(file, options, ownerOnly(OWNER_FILE));
        try {
            restrict(file);
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Makes a file (not what a link points to) readable by its owner only. */
    public static void restrict(Path file) throws IOException {
        if (!posix()) {
            return;
        }
        if (Files.isSymbolicLink(file)) {
            throw new IOException("not restricting a link: " + file);
        }
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        view.setPermissions(Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? OWNER_FOLDER : OWNER_FILE);
    }

    /**
     * Deletes the files in {@code folder} whose names say they are temporary files of ours and that
     * were last written before {@code cutoff}: what a killed backup, restore or pack left behind. Links
     * and folders are left alone; a file that cannot be deleted stays. Returns the files deleted.
     */
    public static List<Path> deleteStale(Path folder, Predicate<String> ours, Instant cutoff) {
        List<Path> deleted = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return deleted;
        }
        DirectoryStream.Filter<Path> named = p -> ours.test(p.getFileName().toString());
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, named)) {
            for (Path file : files) {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(cutoff)) {
                        Files.delete(file);
                        deleted.add(file);
                    }
                } catch (IOException e) {
                    // Someone else's or in use: it stays.
                }
            }
        } catch (IOException e) {
            // An unreadable folder has nothing we can clean.
        }
        return deleted;
    }

    /** Deletes a file if it is there; a failure is not worth more than the one the caller reports. */
    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The stale-file sweep at the next start removes it.
        }
    }
}
