package org.briefingdesk.bench.cli;

import java.nio.file.Path;
import org.briefingdesk.bench.CorpusSize;
import org.briefingdesk.bench.SyntheticCorpus;
import org.briefingdesk.cli.BriefingDeskCommand;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.store.RecordStore;

/** {@code --scale N}: multiplies the corpus's record counts; a bad value is a user error. */
final class BenchScale {
    private BenchScale() {
    }

    static CorpusSize size(double scale) {
        try {
            return CorpusSize.of(scale);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e, "bench.badScale", String.valueOf(scale));
        }
    }

    /** A new scratch file holding the synthetic corpus at this scale, its progress on standard error. */
    static Path generate(BriefingDeskCommand app, Path file, double scale) {
        CorpusSize size = size(scale);
        try (RecordStore store = app.openScratchStore(file)) {
            new SyntheticCorpus(size).writeInto(store, new BenchProgress(app.l10n(), app.err()));
        }
        return file;
    }
}
