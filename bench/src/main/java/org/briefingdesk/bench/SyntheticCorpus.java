package org.briefingdesk.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.Repository;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/**
 * A deterministic synthetic Czech record base for the search benchmark and for trying the window
 * on years of records. It is written through the repositories, so the search index is filled by the
 * same code as for records typed by hand; large transactions keep it fast, and the index is merged
 * into one segment at the end, as after any import.
 */
public final class SyntheticCorpus {
    /** The fixed seed: the day of the Border Security Summit. */
    public static final long SEED = 20_250_331L;
    private static final int BATCH = 5_000;

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

    /** Writes the whole corpus into an empty store; returns the number of records per kind. */
    public Map<RecordKind, Long> writeInto(RecordStore store, Progress progress) {
        CorpusRecords records = new CorpusRecords(SEED, size);
        Map<RecordKind, Long> written = new EnumMap<>(RecordKind.class);
        write(store.topics(), RecordKind.TOPIC, CorpusTopics.COUNT, records::topic, store, progress, written);
        write(store.organisations(), RecordKind.ORGANISATION, size.organisations(), records::organisation, store,
                progress, written);
        write(store.people(), RecordKind.PERSON, size.people(), records::person, store, progress, written);
        write(store.events(), RecordKind.EVENT, size.events(), records::event, store, progress, written);
        write(store.reports(), RecordKind.REPORT, size.reports(), records::report, store, progress, written);
        write(store.statements(), RecordKind.STATEMENT, size.statements(), records::statement, store, progress,
                written);
        write(store.commitments(), RecordKind.COMMITMENT, size.commitments(), records::commitment, store, progress,
                written);
        store.search().optimize();
        return written;
    }

    private static <T extends StoredRecord> void write(Repository<T> repository, RecordKind kind, int total,
                                                       IntFunction<T> make, RecordStore store, Progress progress,
                                                       Map<RecordKind, Long> written) {
        for (int start = 0; start < total; start += BATCH) {
            int from = start;
            int to = Math.min(total, start + BATCH);
            store.inTransaction(() -> {
                for (int i = from; i < to; i++) {
                    repository.save(make.apply(i));
                }
            });
            progress.written(kind, to, total);
        }
        written.put(kind, (long) total);
    }
}
