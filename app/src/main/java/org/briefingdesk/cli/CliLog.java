package org.briefingdesk.cli;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import org.briefingdesk.logic.AppVersion;
import org.briefingdesk.logic.files.PrivateFiles;

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

    /**
     * Starts writing to the log beside {@code database}, creating {@code logs/}; once per run. The log
     * is appended to owner-only and never through a link: a link planted as {@code logs/} or as the
     * log file means no log, not a write to (or a change of permissions of) the file it points to.
     */
    public void startBeside(Path database) {
        Path folder = database.toAbsolutePath().getParent();
        if (handler != null || folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try {
            Path logs = PrivateFiles.createFolder(folder.resolve("logs"));
            PrivateFiles.restrict(logs);
            Path target = logs.resolve(FILE_NAME);
            StreamHandler fileHandler = new StreamHandler(Channels.newOutputStream(PrivateFiles.openForAppend(target)),
                    new SimpleFormatter()) {
                @Override
                public synchronized void publish(LogRecord entry) {
                    super.publish(entry);
                    flush(); // a run that dies still leaves what it logged
                }
            };
            fileHandler.setEncoding("UTF-8");
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
