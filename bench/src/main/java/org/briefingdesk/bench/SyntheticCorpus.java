package org.briefingdesk.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
        Map<RecordKind, Long> written = new EnumMap<>(RecordKind.class);
        write(RecordKind.TOPIC, CorpusTopics.COUNT, records::topic, writer, progress, written);
        write(RecordKind.ORGANISATION, size.organisations(), records::organisation, writer, progress, written);
        write(RecordKind.PERSON, size.people(), records::person, writer, progress, written);
        write(RecordKind.EVENT, size.events(), records::event, writer, progress, written);
        write(RecordKind.REPORT, size.reports(), records::report, writer, progress, written);
        write(RecordKind.STATEMENT, size.statements(), records::statement, writer, progress, written);
        write(RecordKind.COMMITMENT, size.commitments(), records::commitment, writer, progress, written);
        store.search().optimize();
        return written;
    }

    /** Each batch one transaction: the ones reported are in the store, should a later one fail. */
    private static <T extends StoredRecord> void write(RecordKind kind, int total, IntFunction<T> make,
                                                       Consumer<List<? extends StoredRecord>> writer,
                                                       Progress progress, Map<RecordKind, Long> written) {
        for (int start = 0; start < total; start += BATCH) {
            int to = Math.min(total, start + BATCH);
            List<T> batch = new ArrayList<>(to - start);
            for (int i = start; i < to; i++) {
                batch.add(make.apply(i));
            }
            writer.accept(batch);
            progress.written(kind, to, total);
        }
        written.put(kind, (long) total);
    }
}
