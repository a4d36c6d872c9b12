package org.briefingdesk.cli;

import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.bench.CorpusSize;

/** {@code --scale N}: multiplies the corpus's record counts; a bad value is a user error. */
final class BenchScale {
    private BenchScale() {
    }

    static CorpusSize size(double scale) {
        try {
            return CorpusSize.of(scale);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e, "cli.bench.badScale", String.valueOf(scale));
        }
    }
}
