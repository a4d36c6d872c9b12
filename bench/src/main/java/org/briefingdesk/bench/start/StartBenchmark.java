package org.briefingdesk.bench.start;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Cold starts of the window, each in a new child JVM, the workloads interleaved round by round (the order turning
 * each round, so that a slow spell of a busy machine does not fall on one of them): (a) an empty JavaFX stage,
 * (b) and (c) Briefing Desk's first frame and its overview with the sample's data (one start gives both), (d) the
 * overview of a large file. Then, once, the large file's statements section and a search, for the memory figures.
 */
public final class StartBenchmark {
    /** How long one child may take before it is stopped (a busy 2-core machine takes tens of seconds). */
    static final Duration TIMEOUT = Duration.ofMinutes(3);

    /** The workloads, with the probe steps each start goes through. */
    public enum Workload {
        EMPTY_STAGE("empty-stage", List.of("frame")),
        SAMPLE("frame,overview", List.of("frame", "overview")),
        LARGE("frame,overview", List.of("frame", "overview"));

        private final String probe;
        private final List<String> steps;

        Workload(String probe, List<String> steps) {
            this.probe = probe;
            this.steps = steps;
        }
    }

    private final Launcher launcher;
    private final Path sample;
    private final Path large;
    private final Path scratch;
    private final Consumer<String> progress;

    /**
     * @param scratch  a folder for the children's standard error
     * @param progress told of each start as it ends (for standard error)
     */
    public StartBenchmark(Launcher launcher, Path sample, Path large, Path scratch, Consumer<String> progress) {
        this.launcher = launcher;
        this.sample = sample;
        this.large = large;
        this.scratch = scratch;
        this.progress = progress;
    }

    /**
     * @param runs      starts of each workload that count
     * @param warmUp    one round first that does not count: the OS's file cache, and the backup a file gets
     *                  when first opened
     * @param query     the search typed for the memory figures
     */
    public StartReport run(int runs, boolean warmUp, String query) {
        Map<Workload, List<ProbeLine>> frames = new EnumMap<>(Workload.class);
        Map<Workload, List<ProbeLine>> data = new EnumMap<>(Workload.class);
        for (Workload w : Workload.values()) {
            frames.put(w, new ArrayList<>());
            data.put(w, new ArrayList<>());
        }
        Workload[] order = Workload.values();
        int first = warmUp ? 0 : 1;
        for (int round = first; round <= runs; round++) {
            for (int i = 0; i < order.length; i++) {
                Workload w = order[(round + i) % order.length];
                Map<String, ProbeLine> lines = start(w, round);
                if (round > 0) {
                    frames.get(w).add(lines.get("frame"));
                    if (lines.containsKey("overview")) {
                        data.get(w).add(lines.get("overview"));
                    }
                }
            }
        }
        List<String> memorySteps = List.of("overview", "statements", "search");
        Map<String, ProbeLine> memory = ProbeRun.run(launcher,
                arguments(large, "overview,statements,search=" + query), memorySteps, TIMEOUT,
                scratch.resolve("memory.err"));
        progress.accept("memory: " + memory.values());
        return new StartReport(launcher.description(), runs,
                Series.of(frames.get(Workload.EMPTY_STAGE)), Series.of(frames.get(Workload.SAMPLE)),
                Series.of(data.get(Workload.SAMPLE)), Series.of(frames.get(Workload.LARGE)),
                Series.of(data.get(Workload.LARGE)), data.get(Workload.SAMPLE).get(0).rows(),
                data.get(Workload.LARGE).get(0).rows(),
                new StartReport.Memory(memory.get("statements"), query, memory.get("search")));
    }

    private Map<String, ProbeLine> start(Workload w, int round) {
        Path file = w == Workload.LARGE ? large : sample;
        List<String> arguments = w == Workload.EMPTY_STAGE
                ? List.of(probeOption(w.probe)) : arguments(file, w.probe);
        Map<String, ProbeLine> lines = ProbeRun.run(launcher, arguments, w.steps, TIMEOUT,
                scratch.resolve(w.name().toLowerCase(java.util.Locale.ROOT) + "-" + round + ".err"));
        progress.accept((round == 0 ? "warm-up " : "run " + round + " ") + w.name() + ": " + lines.values());
        return lines;
    }

    private static List<String> arguments(Path file, String probe) {
        return List.of("--db", file.toAbsolutePath().toString(), "--lang", "cs", probeOption(probe));
    }

    private static String probeOption(String probe) {
        return "--startup-probe=" + probe;
    }
}
