package org.briefingdesk.bench.start;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Cold starts of the window, each in a new child JVM, the workloads interleaved round by round (the order turning
 * each round, so that a slow spell of a busy machine does not fall on one of them): (a) an empty JavaFX stage,
 * (b) and (c) Briefing Desk's first frame and its overview with the sample's data (one start gives both), (d) the
 * overview of a large file and (e) its statements section after it. Then, once for each launcher, the large file's
 * statements section and a search, for the memory figures.
 */
public final class StartBenchmark {
    /** How long one child may take before it is stopped (a busy 2-core machine takes tens of seconds). */
    static final Duration TIMEOUT = Duration.ofMinutes(3);

    /** The workloads, with the probe steps each start goes through. */
    public enum Workload {
        EMPTY_STAGE("empty-stage", List.of("frame")),
        SAMPLE("frame,overview", List.of("frame", "overview")),
        LARGE("frame,overview,statements", List.of("frame", "overview", "statements"));

        private final String probe;
        private final List<String> steps;

        Workload(String probe, List<String> steps) {
            this.probe = probe;
            this.steps = steps;
        }
    }

    private final List<Launcher> launchers;
    private final Path sample;
    private final Path large;
    private final Path scratch;
    private final Consumer<String> progress;

    /**
     * @param launchers one or more ways to start the application (images built differently, to compare them:
     *                  their starts are interleaved too)
     * @param scratch   a folder for the children's standard error
     * @param progress  told of each start as it ends (for the log)
     */
    public StartBenchmark(List<Launcher> launchers, Path sample, Path large, Path scratch,
                          Consumer<String> progress) {
        this.launchers = List.copyOf(launchers);
        this.sample = sample;
        this.large = large;
        this.scratch = scratch;
        this.progress = progress;
    }

    /**
     * @param runs   starts of each workload that count
     * @param warmUp one round first that does not count: the OS's file cache, and the backup a file gets when
     *               first opened
     * @param query  the search typed for the memory figures
     * @return one report per launcher, in the order given
     */
    public List<StartReport> run(int runs, boolean warmUp, String query) {
        List<Start> starts = new ArrayList<>();
        for (Launcher launcher : launchers) {
            for (Workload workload : Workload.values()) {
                starts.add(new Start(launcher, workload));
            }
        }
        Map<Start, List<Map<String, ProbeLine>>> results = new HashMap<>();
        for (int round = warmUp ? 0 : 1; round <= runs; round++) {
            for (int i = 0; i < starts.size(); i++) {
                Start start = starts.get((round + i) % starts.size());
                Map<String, ProbeLine> lines = start(start, round);
                if (round > 0) {
                    results.computeIfAbsent(start, s -> new ArrayList<>()).add(lines);
                }
            }
        }
        List<StartReport> reports = new ArrayList<>();
        for (int n = 0; n < launchers.size(); n++) {
            Launcher launcher = launchers.get(n);
            Map<String, ProbeLine> memory = ProbeRun.run(launcher,
                    arguments(large, "overview,statements,search=" + query),
                    List.of("overview", "statements", "search"), TIMEOUT, scratch.resolve("memory-" + n + ".err"));
            progress.accept("memory " + launcher.description() + ": " + memory.values());
            List<Map<String, ProbeLine>> empty = results.get(new Start(launcher, Workload.EMPTY_STAGE));
            List<Map<String, ProbeLine>> sampled = results.get(new Start(launcher, Workload.SAMPLE));
            List<Map<String, ProbeLine>> larged = results.get(new Start(launcher, Workload.LARGE));
            reports.add(new StartReport(launcher.description(), runs, series(empty, "frame"), series(sampled, "frame"),
                    series(sampled, "overview"), series(larged, "frame"), series(larged, "overview"),
                    series(larged, "statements"), sampled.get(0).get("overview").rows(),
                    larged.get(0).get("overview").rows(), larged.get(0).get("statements").rows(),
                    new StartReport.Memory(memory.get("statements"), query, memory.get("search"))));
        }
        return reports;
    }

    /** One workload started by one launcher. */
    private record Start(Launcher launcher, Workload workload) {
    }

    private static Series series(List<Map<String, ProbeLine>> runs, String step) {
        return Series.of(runs.stream().map(lines -> lines.get(step)).toList());
    }

    private Map<String, ProbeLine> start(Start start, int round) {
        Workload w = start.workload();
        Path file = w == Workload.LARGE ? large : sample;
        List<String> arguments = w == Workload.EMPTY_STAGE
                ? List.of(probeOption(w.probe)) : arguments(file, w.probe);
        String name = launchers.indexOf(start.launcher()) + "-" + w.name().toLowerCase(Locale.ROOT) + "-" + round;
        Map<String, ProbeLine> lines = ProbeRun.run(start.launcher(), arguments, w.steps, TIMEOUT,
                scratch.resolve(name + ".err"));
        progress.accept((round == 0 ? "warm-up " : "run " + round + " ") + start.launcher().description() + " "
                + w.name() + ": " + lines.values());
        return lines;
    }

    private static List<String> arguments(Path file, String probe) {
        return List.of("--db", file.toAbsolutePath().toString(), "--lang", "cs", probeOption(probe));
    }

    private static String probeOption(String probe) {
        return "--startup-probe=" + probe;
    }
}
