package org.briefingdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.briefingdesk.logic.AppVersion;

/**
 * The log of a command-line run or of the window: {@code logs/briefing-desk.log} beside the database. While a
 * run lasts, all logging (ours and the libraries') goes only there, so standard error carries nothing but the
 * one-line message. Its first line names the version. Callers log what happened (commands, counts, stack
 * traces), never record text.
 */
public final class CliLog implements AutoCloseable {
    static final String FILE_NAME = "briefing-desk.log";

    private final Logger rootLogger = Logger.getLogger("");
    private final Handler[] consoleHandlers;
    private final Level rootLevel;
    private Handler handler;
    private Path file;

    public CliLog() {
        consoleHandlers = rootLogger.getHandlers();
        rootLevel = rootLogger.getLevel();
        for (Handler console : consoleHandlers) {
            rootLogger.removeHandler(console);
        }
    }

    /** Starts writing to the log beside {@code database}, creating {@code logs/}; once per run. */
    public void startBeside(Path database) {
        Path folder = database.toAbsolutePath().getParent();
        if (handler != null || folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try {
            Path logs = Files.createDirectories(folder.resolve("logs"));
            Path target = logs.resolve(FILE_NAME);
            FileHandler fileHandler = new FileHandler(target.toString().replace("%", "%%"), 0, 1, true);
            ownerOnly(logs, "rwx------");
            ownerOnly(target, "rw-------"); // names of files and commands are still the user's business
            fileHandler.setEncoding("UTF-8");
            fileHandler.setFormatter(new SimpleFormatter());
            rootLogger.addHandler(fileHandler);
            rootLogger.setLevel(Level.INFO);
            handler = fileHandler;
            file = target;
            Logger.getLogger(CliLog.class.getName()).log(Level.INFO, "Briefing Desk {0} (Java {1}, {2} {3})",
                    new Object[] {AppVersion.current(), System.getProperty("java.version"),
                        System.getProperty("os.name"), System.getProperty("os.arch")});
        } catch (IOException | SecurityException e) {
            // No log then; the user still gets the one-line message.
            file = null;
        }
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(permissions));
        }
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    @Override
    public void close() {
        if (handler != null) {
            rootLogger.removeHandler(handler);
            handler.close();
            handler = null;
        }
        rootLogger.setLevel(rootLevel);
        for (Handler console : consoleHandlers) {
            rootLogger.addHandler(console);
        }
    }
}
