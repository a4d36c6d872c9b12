package org.briefingdesk.bench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefingdesk.bench.DraftBenchmark;
import org.briefingdesk.bench.DraftEvaluation;
import org.briefingdesk.bench.DraftEvaluation.Measure;
import org.briefingdesk.bench.DraftScore;
import org.briefingdesk.cli.BriefingDeskCommand;
import org.briefingdesk.cli.ExitCode;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.sample.SampleDataLoader;
import org.briefingdesk.logic.store.RecordStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench draft [--gold DIR]}: precision and recall of the drafting assistant per kind over the gold
 * set (and, apart, over the held-out releases written after its rules), and the time to draft a two-page
 * release after the first. Works in a scratch database; never touches --db.
 */
@Command(name = "draft")
final class BenchDraftCommand extends BenchSubcommand {
    private static final List<Path> GOLD = List.of(Path.of("src/test/resources/drafting"),
            Path.of("bench/src/test/resources/drafting"));

    @Option(names = "--gold", paramLabel = "${bundle:bench.label.folder}", descriptionKey = "bench.draft.gold")
    private Path gold;

    @Override
    public Integer call() throws IOException {
        Path folder = gold != null ? gold : GOLD.stream().filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new UserFacingException("bench.draft.noGold"));
        if (!Files.isDirectory(folder)) {
            throw new UserFacingException("bench.draft.noGold");
        }
        BriefingDeskCommand app = app();
        Path scratch = Files.createTempDirectory("draft-bench");
        try (RecordStore sample = app.openScratchStore(scratch.resolve("gold-sample.db"))) {
            new SampleDataLoader().load(sample);
            DraftBenchmark.Result result = DraftBenchmark.run(folder, sample);
            app.out().println(app.l10n().get("bench.draft.header", result.perRelease().size(), folder));
            table(app, result.total());
            Path heldOut = folder.resolve("heldout");
            if (Files.isDirectory(heldOut)) {
                DraftBenchmark.Result held = DraftBenchmark.run(heldOut, sample);
                app.out().println(app.l10n().get("bench.draft.heldOut", held.perRelease().size()));
                table(app, held.total());
            }
            boolean fast = result.warmMedianMillis() < 1000;
            app.out().println(app.l10n().get("bench.draft.time", result.twoPageCharacters(),
                    format(result.firstMillis()), format(result.warmMedianMillis()),
                    app.l10n().get(fast ? "bench.draft.met" : "bench.draft.notMet")));
        } finally {
            try (var files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return ExitCode.OK;
    }

    private static void table(BriefingDeskCommand app, DraftEvaluation total) {
        Map<Measure, DraftScore> scores = total.scores();
        for (Measure m : Measure.values()) {
            DraftScore s = scores.get(m);
            app.out().println(app.l10n().get("bench.draft.row", app.l10n().get(label(m)), s.correct(), s.drafted(),
                    s.expected(), DraftEvaluation.percent(s.precision(), app.l10n().locale()),
                    DraftEvaluation.percent(s.recall(), app.l10n().locale()),
                    target(app, m, s)));
        }
    }

    private static String target(BriefingDeskCommand app, Measure m, DraftScore s) {
        Boolean met = switch (m) {
            case PEOPLE, DATES, PLACES -> s.recall() >= 0.95 && s.precision() >= 0.90;
            case QUOTATIONS -> s.recall() >= 1.0;
            case QUOTE_SPEAKERS -> s.recall() >= 0.90;
            case COMMITMENTS -> s.recall() >= 0.80;
            case EVIDENCE -> s.precision() >= 1.0;
            default -> null;
        };
        return met == null ? "" : app.l10n().get(met ? "bench.draft.met" : "bench.draft.notMet");
    }

    private static String label(Measure m) {
        return switch (m) {
            case PEOPLE -> "bench.draft.people";
            case FUNCTIONS -> "bench.draft.functions";
            case DATES -> "bench.draft.dates";
            case PLACES -> "bench.draft.places";
            case EVENTS -> "bench.draft.events";
            case QUOTATIONS -> "bench.draft.quotations";
            case QUOTE_SPEAKERS -> "bench.draft.speakers";
            case PARAPHRASES -> "bench.draft.paraphrases";
            case COMMITMENTS -> "bench.draft.commitments";
            case TOPICS -> "bench.draft.topics";
            case EVIDENCE -> "bench.draft.evidence";
        };
    }

    private static String format(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }
}
