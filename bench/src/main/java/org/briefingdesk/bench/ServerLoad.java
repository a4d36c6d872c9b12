package org.briefingdesk.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.briefingdesk.logic.search.SearchService;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatementKind;

/**
 * A department at work on one team server: writers, each a desk of its own (its own connection),
 * save new statements one after another while readers search with the benchmark's query mix until
 * the writers are done; with a pause, each user waits that long after each save or search, as a person
 * does (without one they work as fast as the server lets them, which on a small machine measures its
 * queue). Afterwards every saved id must be there and the counts must have grown by exactly what was
 * saved: nothing lost, and no writer failed (a deadlock would fail one).
 */
public final class ServerLoad {
    private final Supplier<RecordStore> desks;
    private final int writers;
    private final int savesPerWriter;
    private final int readers;
    private final long pauseMillis;

    /**
     * @param desks opens one more desk's store on the server (each writer and reader gets one)
     * @param pauseMillis how long each user waits after each save or search (0: not at all)
     */
    public ServerLoad(Supplier<RecordStore> desks, int writers, int savesPerWriter, int readers, long pauseMillis) {
        this.desks = desks;
        this.writers = writers;
        this.savesPerWriter = savesPerWriter;
        this.readers = readers;
        this.pauseMillis = pauseMillis;
    }

    /** What one run measured. */
    public record Report(int writers, int savesPerWriter, int readers, long pauseMillis, long saves, long searches,
                         Timings save, Timings search, long missing, long countGrowth, int failures,
                         List<String> failureMessages, double seconds) {
        public static final double MAX_SAVE_P95_MS = 50;

        /** Every saved id present, the statement count grown by exactly the saves, no writer failed. */
        public boolean nothingLost() {
            return missing == 0 && countGrowth == saves && failures == 0;
        }

        public boolean saveFastMet() {
            return save.p95() < MAX_SAVE_P95_MS;
        }
    }

    public Report run() throws InterruptedException {
        List<UUID> speakers;
        long statementsBefore;
        try (RecordStore check = desks.get()) {
            speakers = check.people().findAll().stream().map(Person::id).limit(100).toList();
            statementsBefore = check.counts().get(RecordKind.STATEMENT);
        }
        if (speakers.isEmpty()) {
            throw new IllegalStateException("the server holds no people to speak");
        }
        List<UUID> saved = Collections.synchronizedList(new ArrayList<>());
        List<Long> saveNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> searchNanos = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(writers + readers);
        long started = System.nanoTime();
        List<Future<?>> writerTasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            writerTasks.add(pool.submit(() -> write(writer, speakers, saved, saveNanos, failures)));
        }
        List<Future<?>> readerTasks = new ArrayList<>();
        List<BenchQuery> queries = BenchQueries.mix(200);
        for (int r = 0; r < readers; r++) {
            int reader = r;
            readerTasks.add(pool.submit(() -> read(reader, queries, writing, searchNanos, failures)));
        }
        await(writerTasks, failures);
        writing.set(false);
        await(readerTasks, failures);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - started) / 1e9;

        long missing;
        long growth;
        try (RecordStore check = desks.get()) {
            Set<UUID> present = new HashSet<>();
            check.statements().summaries().forEach(s -> present.add(s.id()));
            missing = saved.stream().filter(id -> !present.contains(id)).count();
            growth = check.counts().get(RecordKind.STATEMENT) - statementsBefore;
        }
        return new Report(writers, savesPerWriter, readers, pauseMillis, saved.size(), searchNanos.size(),
                Timings.of(toArray(saveNanos)), Timings.of(toArray(searchNanos)), missing, growth,
                failures.size(), List.copyOf(failures.subList(0, Math.min(5, failures.size()))), seconds);
    }

    private void write(int writer, List<UUID> speakers, List<UUID> saved, List<Long> nanos, List<String> failures) {
        try (RecordStore desk = desks.get()) {
            CzechSentences sentences = new CzechSentences(new Random(SyntheticCorpus.SEED + writer));
            for (int i = 0; i < savesPerWriter; i++) {
                UUID speaker = speakers.get((writer * 31 + i) % speakers.size());
                Statement statement = new Statement(UUID.randomUUID(), speaker,
                        LocalDate.of(2025, 1 + i % 12, 1 + i % 28), null, sentences.sentences(1, 4),
                        "cs", "", StatementKind.POSITION, List.of(), RecordInfo.of(Sensitivity.PUBLIC, List.of()));
                long start = System.nanoTime();
                desk.statements().save(statement);
                nanos.add(System.nanoTime() - start);
                saved.add(statement.id());
                pause();
            }
        } catch (RuntimeException e) {
            failures.add("writer " + writer + ": " + e);
        }
    }

    private void read(int reader, List<BenchQuery> queries, AtomicBoolean writing, List<Long> nanos,
                      List<String> failures) {
        try (RecordStore desk = desks.get()) {
            SearchService search = new SearchService(desk.search());
            for (int i = reader; writing.get(); i++) {
                long start = System.nanoTime();
                search.search(queries.get(i % queries.size()).input(), SearchService.DEFAULT_LIMIT);
                nanos.add(System.nanoTime() - start);
                pause();
            }
        } catch (RuntimeException e) {
            failures.add("reader " + reader + ": " + e);
        }
    }

    private void pause() {
        if (pauseMillis > 0) {
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private static void await(List<Future<?>> tasks, List<String> failures) throws InterruptedException {
        for (Future<?> task : tasks) {
            try {
                task.get(30, TimeUnit.MINUTES);
            } catch (ExecutionException | TimeoutException e) {
                failures.add(e.toString());
            }
        }
    }

    private static long[] toArray(List<Long> values) {
        synchronized (values) {
            return values.stream().mapToLong(Long::longValue).toArray();
        }
    }
}
