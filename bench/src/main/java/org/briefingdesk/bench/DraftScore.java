package org.briefingdesk.bench;

/** How many drafts of a kind were right ({@code correct}), made ({@code drafted}) and expected ({@code expected}). */
public record DraftScore(int correct, int drafted, int expected) {
    public static final DraftScore ZERO = new DraftScore(0, 0, 0);

    public DraftScore plus(DraftScore other) {
        return new DraftScore(correct + other.correct, drafted + other.drafted, expected + other.expected);
    }

    /** Right among those made; 1 when none was made (nothing wrong was drafted). */
    public double precision() {
        return drafted == 0 ? 1 : (double) correct / drafted;
    }

    /** Right among those expected; 1 when none was expected. */
    public double recall() {
        return expected == 0 ? 1 : (double) correct / expected;
    }
}
