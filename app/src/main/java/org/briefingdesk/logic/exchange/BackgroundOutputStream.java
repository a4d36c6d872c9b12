package org.briefingdesk.logic.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Hands what is written to another stream on a thread of its own, in blocks and in order: a bundle's JSON is made
 * on the calling thread while its checksum and compression run beside it on the second core. A few blocks wait at
 * most, so memory stays small. A failure of the other stream is thrown from the next write, flush or close here.
 * Closing waits until every block is written, then closes nothing else: the caller owns the other stream.
 */
final class BackgroundOutputStream extends OutputStream {
    private static final int BLOCK = 1 << 16;

    private final HandOff<byte[]> handOff;
    private byte[] block = new byte[BLOCK];
    private int used;
    private boolean closed;

    BackgroundOutputStream(OutputStream target, String name) {
        this.handOff = new HandOff<>(name, b -> target.write(b, 0, b.length), () -> { });
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
        handOff.rethrow();
        if (used == 0) {
            return;
        }
        byte[] full = used == BLOCK ? block : Arrays.copyOf(block, used);
        handOff.put(full);
        block = new byte[BLOCK];
        used = 0;
    }

    /** Writes nothing through yet: the blocks go on as they fill; {@link #close} waits for them all. */
    @Override
    public void flush() throws IOException {
        handOff.rethrow();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        hand();
        handOff.finish();
    }

    /** Stops the thread without waiting for what is left (the export failed or was cancelled). */
    void abandon() {
        if (!closed) {
            closed = true;
            handOff.abandon();
        }
    }
}
