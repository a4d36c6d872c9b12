package org.briefingdesk.bench;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.briefingdesk.app.AppContext;
import org.briefingdesk.bench.DraftEvaluation.Measure;
import org.briefingdesk.logic.drafting.DraftSet;
import org.briefingdesk.logic.drafting.Drafter;
import org.briefingdesk.logic.drafting.ReleaseText;
import org.briefingdesk.logic.sample.SampleDataLoader;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drafting assistant over the whole gold set, with the targets as bounds: people, dates and
 * places at least 95 % recall and 90 % precision; every quotation, with the right speaker in at least
 * 90 %; commitments at least 80 % recall; no draft without evidence.
 */
class DraftGoldSetTest {
    static final Path GOLD = Path.of("src/test/resources/drafting");

    @TempDir
    Path folder;

    @Test
    void theGoldSetMeetsTheTargets() {
        DraftEvaluation total;
        try (RecordStore sample = AppContext.storage().opener().open(folder.resolve("sample.db"), OpenMode.CREATE)) {
            new SampleDataLoader().load(sample);
            List<DraftGold> gold = DraftGold.load(GOLD, sample);
            assertEquals(9, gold.size(), "the seed release and eight written ones");
            Drafter.Context context = DraftBenchmark.context(sample);
            total = new DraftEvaluation();
            for (DraftGold release : gold) {
                DraftSet drafts = new Drafter().draft(ReleaseText.of(release.text(), release.name()), context,
                        LocalDate.of(2025, 6, 1));
                Map<Measure, DraftScore> one = total.add(drafts, release);
                System.getLogger("DraftGoldSetTest").log(System.Logger.Level.INFO, release.name() + ": "
                        + DraftEvaluation.describe(one));
            }
        }
        DraftEvaluation scores = total;
        System.getLogger("DraftGoldSetTest").log(System.Logger.Level.INFO, "total: "
                + DraftEvaluation.describe(scores.scores()));
        assertAll(
                () -> atLeast(scores, Measure.PEOPLE, 0.95, 0.90),
                () -> atLeast(scores, Measure.DATES, 0.95, 0.90),
                () -> atLeast(scores, Measure.PLACES, 0.95, 0.90),
                () -> assertEquals(1.0, scores.score(Measure.QUOTATIONS).recall(), "every quotation drafted"),
                () -> assertTrue(scores.score(Measure.QUOTE_SPEAKERS).recall() >= 0.90, "quotation speakers"),
                () -> assertTrue(scores.score(Measure.COMMITMENTS).recall() >= 0.80, "commitments recall"),
                () -> assertEquals(1.0, scores.score(Measure.EVIDENCE).precision(), "every draft has evidence"));
    }

    private static void atLeast(DraftEvaluation scores, Measure measure, double recall, double precision) {
        DraftScore s = scores.score(measure);
        assertTrue(s.recall() >= recall, measure + " recall " + s.recall() + " (" + s + ")");
        assertTrue(s.precision() >= precision, measure + " precision " + s.precision() + " (" + s + ")");
    }
}
