package org.briefingdesk.bench.start;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One child JVM: started, its probe lines read as they come, waited for. */
final class ProbeRun {
    private ProbeRun() {
    }

    /**
     * Starts the application with these arguments and returns its probe lines by step.
     *
     * @param errors where the child's standard error goes (named in the failure)
     * @throws StartBenchmarkException when the child fails, hangs past the timeout or leaves out a step
     */
    static Map<String, ProbeLine> run(Launcher launcher, List<String> arguments, List<String> steps,
                                      Duration timeout, Path errors) {
        Map<String, ProbeLine> lines = new LinkedHashMap<>();
        Process process;
        long started = System.nanoTime();
        try {
            process = new ProcessBuilder(launcher.command(arguments))
                    .redirectError(errors.toFile())
                    .start();
        } catch (IOException e) {
            throw new StartBenchmarkException("could not start " + launcher.description() + ": " + e.getMessage(), e);
        }
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-start-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                long wall = (System.nanoTime() - started) / 1_000_000;
                ProbeLine.parse(line, wall).ifPresent(probe -> lines.put(probe.step(), probe));
            }
            int exit = process.waitFor();
            if (!lines.keySet().containsAll(steps)) {
                throw new StartBenchmarkException("the child reported " + lines.keySet() + " of " + steps
                        + " (exit code " + exit + "); its standard error: " + errors + tail(errors), null);
            }
        } catch (IOException e) {
            throw new StartBenchmarkException("could not read the child's output: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new StartBenchmarkException("interrupted", e);
        }
        return lines;
    }

    private static String tail(Path errors) {
        try {
            List<String> all = Files.readAllLines(errors, StandardCharsets.UTF_8);
            return "\n" + String.join("\n", all.subList(Math.max(0, all.size() - 15), all.size()));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
