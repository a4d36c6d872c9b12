package org.briefingdesk.logic.files;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Room on the disk: whether a failed write ran out of it, and how much there is, for the user's message. */
public final class DiskSpace {
    private static final long MEGABYTE = 1024L * 1024L;

    private DiskSpace() {
    }

    /** True when {@code failure} (or one of its causes) says that the disk holding {@code folder} is full. */
    public static boolean isFull(Throwable failure, Path folder) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("not enough space")
                    || message.contains("disk quota") || message.contains("sqlite_full")
                    || message.contains("database or disk is full")) {
                return true;
            }
        }
        return failure instanceof IOException && usable(folder) == 0;
    }

    /** The bytes free for this user on the disk of {@code folder} (or its nearest existing parent); -1 if unknown. */
    public static long usable(Path folder) {
        for (Path p = folder == null ? null : folder.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    return Files.getFileStore(p).getUsableSpace();
                } catch (IOException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** Bytes as whole megabytes, rounded up, for messages ("12"); "?" when unknown. */
    public static String megabytes(long bytes) {
        return bytes < 0 ? "?" : String.valueOf((bytes + MEGABYTE - 1) / MEGABYTE);
    }

    /**
     * What the operating system said about an I/O failure, without the file name it repeats: the
     * sentence around it names the file already.
     */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
