package org.briefingdesk.bench;

import java.util.List;
import org.briefingdesk.logic.search.SearchQuery;
import org.briefingdesk.logic.search.SearchQueryParser;
import org.briefingdesk.logic.search.SearchService;
import org.briefingdesk.logic.store.RecordStore;

/**
 * Times the same queries three ways on one file: the application's {@link SearchService} (parse,
 * index, counts per kind, snippets), the bare FTS5 MATCH, and a LIKE scan. The three run one after
 * another for each query, in an order that rotates, so that noise and caches touch them alike;
 * a warm-up round runs first and is not counted.
 */
public final class SearchBenchmark {
    private static final int LIMIT = SearchService.DEFAULT_LIMIT;

    private final RecordStore store;
    private final SearchService service;
    private final SearchBaselines baselines;

    public SearchBenchmark(RecordStore store, SearchBaselines baselines) {
        this.store = store;
        this.service = new SearchService(store.search());
        this.baselines = baselines;
    }

    /** The measured figures of one method for the queries given, in the order given. */
    private record Measured(long[] service, long[] raw, long[] like, int withHits) {
    }

    public BenchReport run(List<BenchQuery> queries, int warmUp, double scale, long generationSeconds) {
        measure(queries.subList(0, Math.min(warmUp, queries.size())));
        Measured m = measure(queries);
        return new BenchReport(scale, store.counts(), generationSeconds, queries.size(), m.withHits(),
                Timings.of(m.service()), Timings.of(m.raw()), Timings.of(m.like()),
                baselines.indexSize());
    }

    private Measured measure(List<BenchQuery> queries) {
        long[] serviceNanos = new long[queries.size()];
        long[] rawNanos = new long[queries.size()];
        long[] likeNanos = new long[queries.size()];
        int withHits = 0;
        for (int i = 0; i < queries.size(); i++) {
            BenchQuery q = queries.get(i);
            // Parsed outside the timing: the bare FTS5 query gets its MATCH expression for free.
            SearchQuery parsed = SearchQueryParser.parse(q.input());
            for (int turn = 0; turn < 3; turn++) {
                switch ((i + turn) % 3) {
                    case 0 -> {
                        long start = System.nanoTime();
                        boolean found = !service.search(q.input(), LIMIT).hits().isEmpty();
                        serviceNanos[i] = System.nanoTime() - start;
                        withHits += found ? 1 : 0;
                    }
                    case 1 -> {
                        long start = System.nanoTime();
                        baselines.rawFts(parsed, LIMIT);
                        rawNanos[i] = System.nanoTime() - start;
                    }
                    default -> {
                        long start = System.nanoTime();
                        baselines.likeScan(q.likeWords());
                        likeNanos[i] = System.nanoTime() - start;
                    }
                }
            }
        }
        return new Measured(serviceNanos, rawNanos, likeNanos, withHits);
    }
}
