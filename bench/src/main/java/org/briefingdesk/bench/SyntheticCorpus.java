package org.briefingdesk.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.briefingdesk.logic.store.BatchWriter.AuditMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/**
 * A deterministic synthetic Czech record base for the search benchmark and for trying the window
 * on years of records. It is written through the store's batch writer, the path of imports: each batch
 * one transaction of reused prepared statements, with its search index entries and history lines; the
 * index is merged into one segment at the end, as after any import.
 */
public final class SyntheticCorpus {
    /** The fixed seed: the day of the Border Security Summit. */
    public static final long SEED = 20_250_331L;
    private static final int BATCH = 20_000;

    /** Told after each batch: how many records of a kind are written, of how many. */
    @FunctionalInterface
    public interface Progress {
        void written(RecordKind kind, int done, int total);
    }

    private final CorpusSize size;

    public SyntheticCorpus(CorpusSize size) {
        this.size = size;
    }

    public CorpusSize size() {
        return size;
    }

    /**
     * Writes the whole corpus into an empty store (a file or a team server) through its batch writer; returns the
     * records per kind.
     */
    public Map<RecordKind, Long> writeInto(RecordStore store, Progress progress) {
        return writeInto(store, progress, batch -> store.batches().write(batch, AuditMode.STAMP));
    }

    private Map<RecordKind, Long> writeInto(RecordStore store, Progress progress,
                                            Consumer<List<? extends StoredRecord>> writer) {
        CorpusRecords records = new CorpusRecords(SEED, size);
        List<Part> parts = List.of(new Part(RecordKind.TOPIC, CorpusTopics.COUNT, records::topic),
                new Part(RecordKind.ORGANISATION, size.organisations(), records::organisation),
                new Part(RecordKind.PERSON, size.people(), records::person),
                new Part(RecordKind.EVENT, size.events(), records::event),
                new Part(RecordKind.REPORT, size.reports(), records::report),
                new Part(RecordKind.STATEMENT, size.statements(), records::statement),
                new Part(RecordKind.COMMITMENT, size.commitments(), records::commitment));
        // The next batch is made on a thread of its own while the writer writes this one (two cores).
        BlockingQueue<Batch> made = new ArrayBlockingQueue<>(1);
        ExecutorService maker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "corpus-maker");
            t.setDaemon(true);
            return t;
        });
        Future<?> making = maker.submit(() -> {
            for (Part part : parts) {
                for (int start = 0; start < part.total(); start += BATCH) {
                    int to = Math.min(part.total(), start + BATCH);
                    List<StoredRecord> batch = new ArrayList<>(to - start);
                    for (int i = start; i < to; i++) {
                        batch.add(part.make().apply(i));
                    }
                    made.put(new Batch(part, to, batch));
                }
            }
            return null;
        });
        Map<RecordKind, Long> written = new EnumMap<>(RecordKind.class);
        try {
            for (Part part : parts) {
                for (int start = 0; start < part.total(); start += BATCH) {
                    Batch batch = next(made, making);
                    writer.accept(batch.records());
                    progress.written(part.kind(), batch.done(), part.total());
                }
                written.put(part.kind(), (long) part.total());
            }
        } finally {
            making.cancel(true);
            maker.shutdownNow();
        }
        store.search().optimize();
        return written;
    }

    /** The next batch made, or what stopped the maker. */
    private static Batch next(BlockingQueue<Batch> made, Future<?> making) {
        try {
            while (true) {
                Batch batch = made.poll(100, TimeUnit.MILLISECONDS);
                if (batch != null) {
                    return batch;
                }
                if (making.isDone()) {
                    making.get(); // throws what the maker threw
                    throw new IllegalStateException("the corpus maker ended early");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The records of one kind: how many, and how the i-th is made. */
    private record Part(RecordKind kind, int total, IntFunction<? extends StoredRecord> make) {
    }

    /** One batch of a kind, each one transaction: the ones reported are in the store, should a later one fail. */
    private record Batch(Part part, int done, List<StoredRecord> records) {
    }
}
