package org.briefingdesk.logic.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The files being written right now, each still a hidden {@code .part} beside its target. When the
 * process is told to end (SIGTERM, a logout), the JVM's background threads die with it and their
 * {@code finally} blocks never run: a half-written pack would stay behind. The shutdown hook cancels
 * every write in progress (its next write or checkpoint fails), waits until each has removed its
 * {@code .part}, and removes what is left after the wait itself.
 */
public final class UnfinishedWrites {
    /** How long the hook waits for the writes to clean up after themselves. */
    static final Duration WAIT = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(UnfinishedWrites.class.getName());
    private static final Set<Write> RUNNING = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean STOPPING = new AtomicBoolean();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    private UnfinishedWrites() {
    }

    /** Installs the shutdown hook once per process (the application's entry point calls this). */
    public static void cancelOnShutdown() {
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> cancelAll(WAIT), "briefing-desk-unfinished-writes"));
        }
    }

    /** True once the process is ending: no write may start or go on. */
    public static boolean stopping() {
        return STOPPING.get();
    }

    /** Cancels every write in progress and waits (at most {@code wait}) until its part file is gone. */
    static void cancelAll(Duration wait) {
        STOPPING.set(true);
        long deadline = System.nanoTime() + wait.toNanos();
        for (Write write : Set.copyOf(RUNNING)) {
            try {
                write.finished.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                Files.deleteIfExists(write.part); // the writer did not get there in time
            } catch (IOException e) {
                LOG.log(Level.WARNING, "An unfinished file could not be removed", e);
            }
        }
    }

    /** Registers a write into {@code part}; refuses when the process is already ending. */
    static Write begin(Path part) throws InterruptedIOException {
        if (stopping()) {
            throw new InterruptedIOException("the application is ending");
        }
        Write write = new Write(part);
        RUNNING.add(write);
        return write;
    }

    /** One write in progress: its part file, and a latch released once it is moved into place or removed. */
    static final class Write {
        private final Path part;
        private final CountDownLatch finished = new CountDownLatch(1);

        private Write(Path part) {
            this.part = part;
        }

        /** The stream to write through: it fails at the next write once the process is ending. */
        OutputStream guard(OutputStream out) {
            return new FilterOutputStream(out) {
                @Override
                public void write(int b) throws IOException {
                    check();
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    check();
                    out.write(b, off, len);
                }

                private void check() throws InterruptedIOException {
                    if (stopping()) {
                        throw new InterruptedIOException("the application is ending");
                    }
                }
            };
        }

        void done() {
            RUNNING.remove(this);
            finished.countDown();
        }
    }
}
