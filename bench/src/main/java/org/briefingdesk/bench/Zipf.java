package org.briefingdesk.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Draws items of a list by a Zipf–Mandelbrot law: the item of rank r (from 1) with weight
 * 1 / (r + q)^s. Word frequencies in real text follow it; q flattens the head, so that the most
 * frequent content word is in a few per cent of sentences rather than in every one.
 */
final class Zipf<T> {
    private final List<T> items;
    private final double[] cumulative;

    Zipf(List<T> items, double exponent, double flattening) {
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int r = 0; r < items.size(); r++) {
            sum += 1 / Math.pow(r + 1 + flattening, exponent);
            cumulative[r] = sum;
        }
        for (int r = 0; r < cumulative.length; r++) {
            cumulative[r] /= sum;
        }
    }

    T draw(Random random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return items.get(Math.min(items.size() - 1, at >= 0 ? at : -at - 1));
    }

    /** The item of rank {@code rank} (from 0): queries pick words by rank band. */
    T ranked(int rank) {
        return items.get(rank);
    }

    int size() {
        return items.size();
    }
}
