package org.briefingdesk.bench.cli;

import org.briefingdesk.cli.KindNames;
import java.io.PrintWriter;
import org.briefingdesk.bench.SyntheticCorpus;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.RecordKind;

/** Progress of writing the corpus, one line per batch on standard error (standard output stays clean for --json). */
final class BenchProgress implements SyntheticCorpus.Progress {
    private final Localization l10n;
    private final PrintWriter err;

    BenchProgress(Localization l10n, PrintWriter err) {
        this.l10n = l10n;
        this.err = err;
    }

    @Override
    public void written(RecordKind kind, int done, int total) {
        err.println(l10n.get("bench.progress", KindNames.plural(kind, l10n), String.valueOf(done),
                String.valueOf(total)));
        err.flush();
    }
}
