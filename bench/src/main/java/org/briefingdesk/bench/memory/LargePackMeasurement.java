package org.briefingdesk.bench.memory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.briefingdesk.app.LauncherOptions;
import org.briefingdesk.output.BriefingFormat;

/**
 * The memory a large pack takes, each format in a fresh process of its own ({@link PackMemoryProbe}),
 * so that the resident set measured is that pack's and nothing else's: once with the JVM's default heap
 * and once with the options the application is launched with ({@link LauncherOptions}), side by side.
 */
public final class LargePackMeasurement {

    /** One run: its figures, or how it failed (out of memory under the limit, for one). */
    public record Run(BriefingFormat format, String heap, boolean ok, int pages, long bytes, long millis,
                      long peakHeapBytes, long peakResidentBytes, String failure) {
    }

    private final Path database;
    private final String topic;
    private final List<String> options;

    /** @param options the JVM options measured against the default heap: the launcher's, or others to compare */
    public LargePackMeasurement(Path database, String topic, List<String> options) {
        this.database = database;
        this.topic = topic;
        this.options = List.copyOf(options);
    }

    /** Every format, with the default heap and with the options given. */
    public List<Run> measure(Path scratch) throws IOException, InterruptedException {
        List<Run> runs = new ArrayList<>();
        for (BriefingFormat format : BriefingFormat.values()) {
            for (List<String> jvm : List.of(List.<String>of(), options)) {
                runs.add(run(format, jvm, scratch.resolve("large." + format.extension())));
            }
        }
        return runs;
    }

    private Run run(BriefingFormat format, List<String> jvm, Path out) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PackMemoryProbe.class.getName(),
                database.toString(), topic, format.name(), out.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String figures = null;
        List<String> rest = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(PackMemoryProbe.PREFIX + " ")) {
                    figures = line;
                } else if (!line.isBlank()) {
                    rest.add(line);
                }
            }
        }
        child.waitFor(1, TimeUnit.HOURS);
        Files.deleteIfExists(out);
        String heapName = jvm.isEmpty() ? "default" : String.join(" ", jvm);
        if (figures == null || child.exitValue() != 0) {
            String failure = rest.stream().filter(l -> l.contains("OutOfMemoryError")).findFirst()
                    .orElse(rest.isEmpty() ? "exit " + child.exitValue() : rest.get(0));
            return new Run(format, heapName, false, 0, 0, 0, 0, 0, failure);
        }
        String[] f = figures.split(" ");
        return new Run(format, heapName, true, Integer.parseInt(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                Long.parseLong(f[4]), Long.parseLong(f[5]), "");
    }
}
