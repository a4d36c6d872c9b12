package org.briefingdesk.bench.cli;

import org.briefingdesk.bench.CorpusSize;
import org.briefingdesk.logic.UserFacingException;

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
}
