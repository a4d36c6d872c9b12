package org.briefingdesk.bench;

/**
 * How many records of each kind the synthetic corpus holds. Scale 1 is the record base of
 * years: 100,000 statements, 10,000 events, 20,000 people, 2,000 reports (plus the organisations
 * and commitments such a base has, and a fixed tree of topics).
 */
public record CorpusSize(int statements, int events, int people, int reports, int organisations,
                         int commitments) {
    public static CorpusSize of(double scale) {
        if (!(scale > 0) || scale > 100) {
            throw new IllegalArgumentException("scale must be in (0, 100]: " + scale);
        }
        return new CorpusSize(count(100_000, scale), count(10_000, scale), count(20_000, scale),
                count(2_000, scale), count(300, scale), count(5_000, scale));
    }

    private static int count(int base, double scale) {
        return (int) Math.max(1, Math.round(base * scale));
    }

    public int total() {
        return statements + events + people + reports + organisations + commitments + CorpusTopics.COUNT;
    }
}
