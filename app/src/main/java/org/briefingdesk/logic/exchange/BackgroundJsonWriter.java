package org.briefingdesk.logic.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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

    private final HandOff<List<Write>> handOff;
    private List<Write> batch = new ArrayList<>(BATCH);
    private boolean closed;

    BackgroundJsonWriter(JsonGenerator generator, String name) {
        this.handOff = new HandOff<>(name, b -> {
            for (Write w : b) {
                w.to(generator);
            }
        }, generator::close);
    }

    void write(Write w) throws IOException {
        batch.add(w);
        if (batch.size() == BATCH) {
            hand();
        }
    }

    private void hand() throws IOException {
        handOff.rethrow();
        if (batch.isEmpty()) {
            return;
        }
        handOff.put(batch);
        batch = new ArrayList<>(BATCH);
    }

    /** Waits until every write is made and the generator closed, and throws what failed there. */
    void finish() throws IOException {
        if (closed) {
            return;
        }
        hand();
        closed = true;
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
