package org.briefingdesk.logic.exchange;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands what is written to another stream on a thread of its own, in blocks and in order: a bundle's JSON is made
 * on the calling thread while its checksum and compression run beside it on the second core. A few blocks wait at
 * most, so memory stays small. A failure of the other stream is thrown from the next write, flush or close here.
 * Closing waits until every block is written, then closes nothing else: the caller owns the other stream.
 */
final class BackgroundOutputStream extends OutputStream {
    private static final int BLOCK = 1 << 16;
    private static final int WAITING = 8;
    private static final byte[] END = new byte[0];

    private final OutputStream target;
    private final BlockingQueue<byte[]> blocks = new ArrayBlockingQueue<>(WAITING);
    private final Thread writer;
    private volatile IOException failure;
    private volatile RuntimeException crash;
    private byte[] block = new byte[BLOCK];
    private int used;
    private boolean closed;

    BackgroundOutputStream(OutputStream target, String name) {
        this.target = target;
        this.writer = new Thread(this::drain, name);
        writer.setDaemon(true);
        writer.start();
    }

    private void drain() {
        try {
            for (byte[] b = blocks.take(); b != END; b = blocks.take()) {
                if (failure == null && crash == null) {
                    target.write(b, 0, b.length);
                }
            }
        } catch (IOException e) {
            failure = e;
            blocks.clear();
        } catch (RuntimeException e) {
            crash = e;
            blocks.clear();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void write(int b) throws IOException {
        if (used == BLOCK) {
            hand();
        }
        block[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (used == BLOCK) {
                hand();
            }
            int n = Math.min(len, BLOCK - used);
            System.arraycopy(b, off, block, used, n);
            used += n;
            off += n;
            len -= n;
        }
    }

    /** Passes the filled part of the block on; the blocks are only full at the end of the stream. */
    private void hand() throws IOException {
        rethrow();
        if (used == 0) {
            return;
        }
        byte[] full = used == BLOCK ? block : Arrays.copyOf(block, used);
        put(full);
        block = new byte[BLOCK];
        used = 0;
    }

    private void put(byte[] b) throws IOException {
        try {
            while (!blocks.offer(b, 100, TimeUnit.MILLISECONDS)) {
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
        if (failure != null) {
            throw failure;
        }
        if (crash != null) {
            throw crash;
        }
    }

    /** Writes nothing through yet: the blocks go on as they fill; {@link #close} waits for them all. */
    @Override
    public void flush() throws IOException {
        rethrow();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        hand();
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
