package org.briefingdesk.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefingdesk.logic.drafting.DraftSet;
import org.briefingdesk.logic.drafting.Drafter;
import org.briefingdesk.logic.drafting.ReleaseText;
import org.briefingdesk.logic.store.RecordStore;

/**
 * {@code bench draft}: the drafting assistant over the gold set (precision and recall per kind) and the
 * time to draft a two-page release, cold and then warm. The releases are drafted against the sample's
 * topic tree and organisations, with no people in the records, so every person is drafted from the text.
 */
public final class DraftBenchmark {
    /** A standard page of Czech typescript (normostrana). */
    public static final int PAGE = 1_800;
    private static final int WARM_RUNS = 7;
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    /** The outcome: scores over the set, per release, and the times in milliseconds. */
    public record Result(DraftEvaluation total, Map<String, Map<DraftEvaluation.Measure, DraftScore>> perRelease,
                         int twoPageCharacters, double firstMillis, double warmMedianMillis) {
    }

    private DraftBenchmark() {
    }

    /** The records the gold set is drafted against: the sample's topics and organisations, no people. */
    public static Drafter.Context context(RecordStore sample) {
        return new Drafter.Context(List.of(), sample.topics().findAll(), sample.organisations().findAll());
    }

    public static Result run(Path goldFolder, RecordStore sample) {
        List<DraftGold> gold = DraftGold.load(goldFolder, sample);
        Drafter.Context context = context(sample);
        String twoPages = twoPages(gold);
        long start = System.nanoTime();
        new Drafter().draft(ReleaseText.of(twoPages, ""), context, TODAY);
        double first = (System.nanoTime() - start) / 1e6;
        double[] warm = new double[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            long t = System.nanoTime();
            new Drafter().draft(ReleaseText.of(twoPages, ""), context, TODAY);
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(warm);
        DraftEvaluation total = new DraftEvaluation();
        Map<String, Map<DraftEvaluation.Measure, DraftScore>> perRelease = new LinkedHashMap<>();
        for (DraftGold release : gold) {
            DraftSet drafts = new Drafter().draft(ReleaseText.of(release.text(), release.name()), context, TODAY);
            perRelease.put(release.name(), total.add(drafts, release));
        }
        return new Result(total, perRelease, twoPages.length(), first, warm[WARM_RUNS / 2]);
    }

    /** Two pages of release text: the gold releases one after another until two standard pages are filled. */
    static String twoPages(List<DraftGold> gold) {
        List<String> parts = new ArrayList<>();
        int length = 0;
        for (DraftGold release : gold) {
            if (length >= 2 * PAGE) {
                break;
            }
            parts.add(release.text().strip());
            length += release.text().length();
        }
        return String.join("\n\n", parts);
    }
}
