package org.briefingdesk.bench.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import org.briefingdesk.bench.SyntheticCorpus;
import org.briefingdesk.cli.KindNames;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.RecordKind;

/**
 * Progress of writing the corpus, one line per batch on standard error (standard output stays clean for
 * --json); it also keeps how many records of each kind are written, which is what a run that stops
 * halfway (a full disk) has kept.
 */
final class BenchProgress implements SyntheticCorpus.Progress {
    private final Localization l10n;
    private final PrintWriter err;
    private final Map<RecordKind, Long> written = new EnumMap<>(RecordKind.class);

    BenchProgress(Localization l10n, PrintWriter err) {
        this.l10n = l10n;
        this.err = err;
    }

    @Override
    public void written(RecordKind kind, int done, int total) {
        written.put(kind, (long) done);
        err.println(l10n.get("bench.progress", KindNames.plural(kind, l10n), String.valueOf(done),
                String.valueOf(total)));
        err.flush();
    }

    /** The records written so far: the batches committed. */
    Map<RecordKind, Long> written() {
        return Map.copyOf(written);
    }
}
