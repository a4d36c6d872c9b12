package org.briefingdesk.logic.exchange;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Items handed in order to a thread of its own, a few waiting at most so that memory stays small: what one core
 * makes of a bundle, the other writes. A failure on that thread ends it and is thrown from the next {@link #put},
 * {@link #rethrow} or {@link #finish} on the handing one.
 */
final class HandOff<T> {
    /** What the thread does with each item. */
    @FunctionalInterface
    interface Sink<T> {
        void take(T item) throws IOException;
    }

    /** What the thread does once the last item is taken. */
    @FunctionalInterface
    interface Ending {
        void run() throws IOException;
    }

    private static final int WAITING = 8;
    private static final Object END = new Object();

    private final BlockingQueue<Object> items = new ArrayBlockingQueue<>(WAITING);
    private final Thread thread;
    private volatile Throwable failure;

    HandOff(String name, Sink<T> sink, Ending ending) {
        this.thread = new Thread(() -> drain(sink, ending), name);
        thread.setDaemon(true);
        thread.start();
    }

    @SuppressWarnings("unchecked") // only put(T) adds anything but END
    private void drain(Sink<T> sink, Ending ending) {
        try {
            for (Object item = items.take(); item != END; item = items.take()) {
                sink.take((T) item);
            }
            ending.run();
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
            items.clear();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands one item over, waiting while the queue is full (and failing when the thread has). */
    void put(T item) throws IOException {
        offer(item);
    }

    private void offer(Object item) throws IOException {
        try {
            while (!items.offer(item, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
                if (!thread.isAlive()) {
                    throw new IOException("the writing thread has stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
    }

    /** Throws what failed on the thread, if anything has. */
    void rethrow() throws IOException {
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

    /** Waits until every item is taken and the ending run, then throws what failed there. */
    void finish() throws IOException {
        offer(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        }
        rethrow();
    }

    /** Stops the thread without waiting for what is left. */
    void abandon() {
        thread.interrupt();
    }
}
