package org.briefingdesk.bench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefingdesk.app.LauncherOptions;
import org.briefingdesk.bench.ExchangeBenchmark;
import org.briefingdesk.cli.BriefingDeskCommand;
import org.briefingdesk.cli.ExitCode;
import org.briefingdesk.cli.JsonOutput;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench exchange --db FILE [--json]}: on a record base made by {@code bench generate} (scale 1: 137,321
 * records), times a bundle export of everything, its import into an empty file and its merge preview against the
 * base, each in a process of its own whose peak memory is read, against the targets of the exchange issue.
 */
@Command(name = "exchange")
final class BenchExchangeCommand extends BenchSubcommand {
    private static final double IMPORT_TARGET = 20_000;
    private static final double EXPORT_TARGET = 50_000;
    private static final long RSS_TARGET_MIB = 600;
    private static final long PREVIEW_TARGET_MS = 10_000;

    @Option(names = "--db", paramLabel = "${bundle:cli.label.file}", required = true, descriptionKey = "cli.option.db")
    private Path db;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    private boolean json;

    /**
     * A heap limit for each step's process, e.g. 512m, with the launcher's other JVM options (its collector), as a
     * user's start runs it; the JVM's defaults without.
     */
    @Option(names = "--heap", paramLabel = "${bundle:bench.label.size}", descriptionKey = "bench.exchange.heap")
    private String heap;

    /** The child's step: export, import or preview (not for users). */
    @Option(names = "--step", hidden = true)
    private String step;

    @Option(names = "--bundle", hidden = true)
    private Path bundle;

    @Option(names = "--target", hidden = true)
    private Path target;

    @Override
    public Integer call() throws Exception {
        BriefingDeskCommand app = app();
        if (step != null) {
            return runStep(app);
        }
        if (!Files.isRegularFile(db)) {
            throw new UserFacingException("cli.error.noDatabase", db);
        }
        Path folder = Files.createTempDirectory("briefing-desk-bench-exchange");
        Path file = folder.resolve("all.bdesk");
        Path empty = folder.resolve("import.db");
        List<JsonNode> steps = new ArrayList<>();
        try {
            steps.add(child(app, "export", file, null));
            steps.add(child(app, "import", file, empty));
            steps.add(child(app, "preview", file, null));
        } finally {
            try (var files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        report(app, steps);
        return ExitCode.OK;
    }

    private int runStep(BriefingDeskCommand app) throws IOException {
        ExchangeBenchmark.Step result;
        switch (step) {
            case "export" -> {
                try (RecordStore store = app.openStoreAt(db, OpenMode.READ)) {
                    result = ExchangeBenchmark.export(store, bundle);
                }
            }
            case "import" -> {
                try (RecordStore store = app.openScratchStore(target)) {
                    result = ExchangeBenchmark.importInto(store, bundle);
                }
            }
            case "preview" -> {
                try (RecordStore store = app.openStoreAt(db, OpenMode.READ)) {
                    result = ExchangeBenchmark.preview(store, bundle);
                }
            }
            default -> throw new UserFacingException("bench.exchange.badStep", step);
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("step", result.name());
        line.put("records", result.records());
        line.put("millis", result.millis());
        line.put("peakRssKib", ExchangeBenchmark.peakRssKib());
        app.out().println(new ObjectMapper().writeValueAsString(line));
        return ExitCode.OK;
    }

    /** Runs one step in a new JVM with this one's class path and reads its one line of JSON. */
    private JsonNode child(BriefingDeskCommand app, String name, Path file, Path into) throws Exception {
        app.err().println(app.l10n().get("bench.exchange.running", name));
        app.err().flush();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        if (heap != null) {
            if (!heap.matches("\\d+[mMgG]")) {
                throw new UserFacingException("bench.exchange.badHeap", heap);
            }
            command.add("-Xmx" + heap);
            // The launcher's collector with it: G1 under the same limit peaks about 130 MB higher.
            LauncherOptions.javaOptions().stream().filter(o -> !o.startsWith("-Xmx")).forEach(command::add);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "org.briefingdesk.bench.cli.BenchMain", "bench", "exchange", "--db", db.toString(), "--step", name,
                "--bundle", file.toString()));
        if (into != null) {
            command.addAll(List.of("--target", into.toString()));
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new UserFacingException("bench.exchange.failed", name);
        }
        return new ObjectMapper().readTree(out.strip().lines().reduce((a, b) -> b).orElse("{}"));
    }

    private void report(BriefingDeskCommand app, List<JsonNode> steps) {
        if (json) {
            app.out().println(JsonOutput.write(steps));
            return;
        }
        for (JsonNode s : steps) {
            long records = s.get("records").asLong();
            long millis = Math.max(1, s.get("millis").asLong());
            app.out().println(app.l10n().get("bench.exchange.step", s.get("step").asText(), app.l10n().number(records),
                    String.format(Locale.ROOT, "%.1f", millis / 1000.0),
                    app.l10n().number(Math.round(records * 1000.0 / millis)),
                    app.l10n().number(s.get("peakRssKib").asLong() / 1024)));
        }
        double exportRate = rate(steps.get(0));
        double importRate = rate(steps.get(1));
        long previewMillis = steps.get(2).get("millis").asLong();
        long peak = steps.stream().mapToLong(s -> s.get("peakRssKib").asLong() / 1024).max().orElse(-1);
        app.out().println(app.l10n().get("bench.exchange.targets", verdict(app, importRate >= IMPORT_TARGET),
                verdict(app, exportRate >= EXPORT_TARGET), verdict(app, peak >= 0 && peak < RSS_TARGET_MIB),
                verdict(app, previewMillis < PREVIEW_TARGET_MS)));
    }

    private static double rate(JsonNode step) {
        return step.get("records").asLong() * 1000.0 / Math.max(1, step.get("millis").asLong());
    }

    private static String verdict(BriefingDeskCommand app, boolean met) {
        return app.l10n().get(met ? "bench.exchange.met" : "bench.exchange.notMet");
    }
}
