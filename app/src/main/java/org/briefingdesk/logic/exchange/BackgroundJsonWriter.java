package org.briefingdesk.logic.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Makes a JSON document on a thread of its own, the writes handed over in order: a bundle's records are read on the
 * calling thread (the one holding the database's transaction) while their JSON is made beside it. A few hundred
 * writes wait at most, so memory stays small. A failure there is thrown from the next hand-over or from
 * {@link #finish}; the generator is touched by the writing thread alone, which closes it at the end.
 */
final class BackgroundJsonWriter {
    /** One step of the document. */
    @FunctionalInterface
    interface Write {
        void to(JsonGenerator g) throws IOException;
    }

    private static final int BATCH = 256;
    private static final int WAITING = 8;
    /** Marks the end (compared by identity; a handed batch is never empty). */
    private static final List<Write> END = new ArrayList<>(0);

    private final JsonGenerator generator;
    private final BlockingQueue<List<Write>> batches = new ArrayBlockingQueue<>(WAITING);
    private final Thread writer;
    private volatile Throwable failure;
    private List<Write> batch = new ArrayList<>(BATCH);
    private boolean closed;

    BackgroundJsonWriter(JsonGenerator generator, String name) {
        this.generator = generator;
        this.writer = new Thread(this::drain, name);
        writer.setDaemon(true);
        writer.start();
    }

    private void drain() {
        try {
            for (List<Write> b = batches.take(); b != END; b = batches.take()) {
                for (Write w : b) {
                    w.to(generator);
                }
            }
            generator.close();
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
            batches.clear();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void write(Write w) throws IOException {
        batch.add(w);
        if (batch.size() == BATCH) {
            hand();
        }
    }

    private void hand() throws IOException {
        rethrow();
        if (batch.isEmpty()) {
            return;
        }
        put(batch);
        batch = new ArrayList<>(BATCH);
    }

    private void put(List<Write> b) throws IOException {
        try {
            while (!batches.offer(b, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!writer.isAlive()) {
                    throw new IOException("the writing thread has stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    private void rethrow() throws IOException {
        Throwable f = failure;
        if (f instanceof IOException e) {
            throw e;
        }
        if (f instanceof RuntimeException e) {
            throw e;
        }
        if (f instanceof Error e) {
            throw e;
        }
    }

    /** Waits until every write is made and the generator closed, and throws what failed there. */
    void finish() throws IOException {
        if (closed) {
            return;
        }
        hand();
        closed = true;
        put(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
        rethrow();
    }

    /** Stops the thread without waiting for what is left (the export failed or was cancelled). */
    void abandon() {
        if (!closed) {
            closed = true;
            writer.interrupt();
        }
    }
}
