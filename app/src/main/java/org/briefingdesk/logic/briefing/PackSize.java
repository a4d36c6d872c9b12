package org.briefingdesk.logic.briefing;

import java.util.List;

/**
 * About how many A4 pages a pack fills, reckoned from its text without laying it out: each block's
 * lines at the widths and sizes of the PDF (body text 9.5 pt, quotes 10 pt, tables 8 pt), plus its
 * spacing. Laying a pack of thousands of pages out only to count them would take as long as writing
 * it; this takes milliseconds, and is within a tenth of the PDF's count on the packs it was measured
 * against. Before writing a pack of more than {@link #LARGE} pages, the window and the command line
 * say so and offer to narrow it.
 */
public final class PackSize {
    /** Above this many pages a pack is worth narrowing before it is written. */
    public static final int LARGE = 300;

    /**
     * The text height of a page (718 pt) less what stays empty at its foot when the next block does
     * not fit and moves on: measured at about 6 % of a page.
     */
    private static final double PAGE_HEIGHT = 678;
    private static final double TEXT_WIDTH = 475;
    /** DejaVu Sans: an average character of Czech text is this many ems wide. */
    private static final double CHAR_EMS = 0.56;
    private static final double BODY = 9.5;
    private static final double BODY_LEADING = BODY * 1.35;
    private static final double SMALL = 8;
    private static final double SMALL_LEADING = SMALL * 1.35;

    private PackSize() {
    }

    /** The pages of the pack: the cover, and its sections' blocks one after the other. */
    public static int pages(BriefingPack pack) {
        double height = 0;
        for (PackSection section : pack.sections()) {
            height += 45;
            for (PackBlock block : section.blocks()) {
                height += height(block);
            }
        }
        return 1 + (int) Math.ceil(height / PAGE_HEIGHT);
    }

    private static double height(PackBlock block) {
        if (block instanceof PackBlock.Subheading s) {
            return 29 + (lines(s.text(), TEXT_WIDTH, 11) - 1) * 15;
        } else if (block instanceof PackBlock.Paragraph p) {
            String text = p.lead().isEmpty() ? p.text() : p.lead() + ": " + p.text();
            return lines(text, TEXT_WIDTH, BODY) * BODY_LEADING + 5;
        } else if (block instanceof PackBlock.Quote q) {
            double attribution = (lines(q.attribution(), TEXT_WIDTH - 28, SMALL) - 1) * SMALL_LEADING;
            return 51 + lines(q.text(), TEXT_WIDTH - 28, 10) * 13.5 + attribution;
        } else if (block instanceof PackBlock.Bullets b) {
            return b.items().stream().mapToDouble(item -> lines(item, TEXT_WIDTH - 20, BODY) * BODY_LEADING).sum();
        } else if (block instanceof PackBlock.Facts f) {
            return 6 + f.facts().stream().mapToDouble(fact -> 8 + Math.max(lines(fact.label(), TEXT_WIDTH * 0.28 - 10,
                    BODY - 1), lines(fact.value(), TEXT_WIDTH * 0.72 - 10, BODY)) * BODY_LEADING).sum();
        } else if (block instanceof PackBlock.Table t) {
            return 10 + row(t.header(), t) + t.rows().stream().mapToDouble(r -> row(r, t)).sum();
        } else if (block instanceof PackBlock.Note n) {
            return lines(n.text(), TEXT_WIDTH, BODY) * BODY_LEADING + 6;
        }
        return BODY_LEADING;
    }

    /** A table row is as high as its tallest cell. */
    private static double row(List<String> cells, PackBlock.Table table) {
        int sum = table.weights().isEmpty() ? cells.size() : table.weights().stream().mapToInt(Integer::intValue).sum();
        int most = 1;
        for (int c = 0; c < cells.size(); c++) {
            double share = table.weights().isEmpty() ? 1.0 / sum : table.weights().get(c) / (double) sum;
            most = Math.max(most, lines(cells.get(c), TEXT_WIDTH * share - 10, SMALL));
        }
        return 8 + most * SMALL_LEADING;
    }

    /** The lines a text takes at this width and font size: each of its own lines wrapped. */
    static int lines(String text, double width, double size) {
        int perLine = Math.max(1, (int) (width / (size * CHAR_EMS)));
        int lines = 0;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            int length = (end < 0 ? text.length() : end) - start;
            lines += Math.max(1, (length + perLine - 1) / perLine);
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }
}
