package org.briefingdesk.bench.start;

/**
 * The start benchmark's figures: medians of each workload, their ratios to the empty stage against the targets,
 * and the resident memory with the large file's statements on screen and after a search.
 *
 * @param largeStatements      the large file's statements section on screen, after its overview
 * @param sampleRecords        the records the sample's overview counts
 * @param largeRecords         the records the large file's overview counts
 * @param largeStatementsShown the rows of the large file's statements section
 */
public record StartReport(String launcher, int runs, Series emptyStage, Series firstFrame, Series sampleOverview,
                          Series largeFirstFrame, Series largeOverview, Series largeStatements, long sampleRecords,
                          long largeRecords, long largeStatementsShown, Memory memory) {
    /** Targets of the issue: (c)/(a) and (d)/(a) at most, resident memory under. */
    public static final double MAX_SAMPLE_RATIO = 1.3;
    public static final double MAX_LARGE_RATIO = 1.5;
    public static final double MAX_RESIDENT_MB = 450;
    /** How much slower a launcher's options may make a start than another's (the heap limit against none). */
    public static final double MAX_SLOWDOWN = 1.1;

    /**
     * @param statements the statements section on screen (rows: the statements shown)
     * @param search     the search's results on screen (rows: the records found)
     */
    public record Memory(ProbeLine statements, String query, ProbeLine search) {
        public double statementsMb() {
            return mb(statements);
        }

        public double searchMb() {
            return mb(search);
        }

        /** False where the child's OS does not tell its resident memory. */
        public boolean measured() {
            return statements.rssKib().isPresent() && search.rssKib().isPresent();
        }

        public boolean met() {
            return measured() && Math.max(statementsMb(), searchMb()) < MAX_RESIDENT_MB;
        }

        private static double mb(ProbeLine line) {
            return line.rssKib().orElse(0) / 1024.0;
        }
    }

    public double firstFrameRatio() {
        return firstFrame.median() / emptyStage.median();
    }

    public double sampleRatio() {
        return sampleOverview.median() / emptyStage.median();
    }

    public double largeRatio() {
        return largeOverview.median() / emptyStage.median();
    }

    public boolean sampleMet() {
        return sampleRatio() <= MAX_SAMPLE_RATIO;
    }

    public boolean largeMet() {
        return largeRatio() <= MAX_LARGE_RATIO;
    }
}
