package org.briefingdesk.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.briefingdesk.logic.briefing.PackBlock;

/**
 * Each kind of block as WordprocessingML ({@code word/document.xml}), written straight to the stream:
 * paragraphs with their styles and runs, tables with their borders and widths. Nothing is kept once
 * written, so a pack of thousands of pages needs no more memory than one of two. Elements follow the
 * order the OOXML schema prescribes (pPr: style, borders, spacing, indentation; rPr: bold, italic,
 * colour, size).
 */
record DocxBlocks(Writer out, Locale locale) implements PackBlock.Visitor<Void> {
    private static final String SHADE = "F1F3F6";
    private static final String RULE = "C8CDD3";
    /** The text width of an A4 page with 2 cm margins, in twentieths of a point. */
    private static final int TEXT_WIDTH = 9638;
    private static final int CELL_HALF_POINTS = 18;

    /** A run's look: bold, italic, colour (hex, or null) and size in half-points (or null: the style's). */
    record Look(boolean bold, boolean italic, String color, Integer halfPoints) {
        static final Look PLAIN = new Look(false, false, null, null);
    }

    @Override
    public Void subheading(PackBlock.Subheading block) {
        styled(DocxStyles.HEADING_2, block.text());
        return null;
    }

    /** A paragraph in a paragraph style, with one plain run. */
    void styled(String style, String text) {
        paragraphStart(style, null, null, false);
        run(text, Look.PLAIN);
        paragraphEnd();
    }

    @Override
    public Void paragraph(PackBlock.Paragraph block) {
        paragraphStart(null, null, null, false);
        if (!block.lead().isEmpty()) {
            run(block.lead() + ": ", new Look(true, false, null, null));
        }
        run(block.text(), Look.PLAIN);
        write("</w:p>");
        return null;
    }

    /** A paragraph in the Quote style with a rule on its left; the kind of quote above, whose below. */
    @Override
    public Void quote(PackBlock.Quote block) {
        paragraphStart(DocxStyles.QUOTE, null, null, true);
        write("<w:r>");
        runProperties(new Look(true, false, DocxStyles.ACCENT, 14));
        text(block.marking().toUpperCase(locale));
        write("<w:br/></w:r>");
        run(block.verbatim() ? QuoteMarks.wrap(block.text(), locale) : block.text(), Look.PLAIN);
        write("<w:r>");
        runProperties(new Look(false, false, DocxStyles.MUTED, 16));
        write("<w:br/>");
        text("— " + block.attribution());
        write("</w:r></w:p>");
        return null;
    }

    @Override
    public Void bullets(PackBlock.Bullets block) {
        for (String item : block.items()) {
            write("<w:p><w:pPr><w:ind w:left=\"284\"/></w:pPr>");
            run("• " + item, Look.PLAIN);
            write("</w:p>");
        }
        return null;
    }

    @Override
    public Void facts(PackBlock.Facts block) {
        List<Integer> weights = List.of(28, 72);
        tableStart(weights);
        for (PackBlock.Fact fact : block.facts()) {
            write("<w:tr>");
            cell(fact.label(), 28, new Look(true, false, DocxStyles.MUTED, CELL_HALF_POINTS), null);
            cell(fact.value(), 72, new Look(false, false, null, CELL_HALF_POINTS), null);
            write("</w:tr>");
        }
        tableEnd();
        return null;
    }

    @Override
    public Void table(PackBlock.Table block) {
        List<Integer> weights = block.weights().isEmpty()
                ? block.header().stream().map(h -> 1).toList() : block.weights();
        int sum = weights.stream().mapToInt(Integer::intValue).sum();
        tableStart(weights);
        write("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
        for (int c = 0; c < block.header().size(); c++) {
            cell(block.header().get(c), 100 * weights.get(c) / sum, new Look(true, false, null, CELL_HALF_POINTS),
                    SHADE);
        }
        write("</w:tr>");
        for (List<String> row : block.rows()) {
            write("<w:tr>");
            for (int c = 0; c < row.size(); c++) {
                cell(row.get(c), 100 * weights.get(c) / sum, new Look(false, false, null, CELL_HALF_POINTS), null);
            }
            write("</w:tr>");
        }
        tableEnd();
        return null;
    }

    @Override
    public Void note(PackBlock.Note block) {
        paragraphStart(null, null, null, false);
        run(block.text(), new Look(false, true, DocxStyles.MUTED, null));
        write("</w:p>");
        return null;
    }

    /** {@code <w:p>} with its properties; a left rule and indentation for quotes. Spacing in twentieths of a point. */
    void paragraphStart(String style, Integer spacingBefore, Integer spacingAfter, boolean quoteRule) {
        write("<w:p>");
        if (style == null && spacingBefore == null && spacingAfter == null && !quoteRule) {
            return;
        }
        write("<w:pPr>");
        if (style != null) {
            write("<w:pStyle w:val=\"" + style + "\"/>");
        }
        if (quoteRule) {
            write("<w:pBdr><w:left w:val=\"single\" w:sz=\"12\" w:space=\"8\" w:color=\"" + DocxStyles.ACCENT
                    + "\"/></w:pBdr>");
        }
        if (spacingBefore != null || spacingAfter != null) {
            write("<w:spacing" + (spacingBefore == null ? "" : " w:before=\"" + spacingBefore + "\"")
                    + (spacingAfter == null ? "" : " w:after=\"" + spacingAfter + "\"") + "/>");
        }
        if (quoteRule) {
            write("<w:ind w:left=\"284\"/>");
        }
        write("</w:pPr>");
    }

    void paragraphEnd() {
        write("</w:p>");
    }

    /** A run of text; line breaks in the text become line breaks in Word, not lost. */
    void run(String text, Look look) {
        write("<w:r>");
        runProperties(look);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                write("<w:br/>");
            }
            text(lines[i]);
        }
        write("</w:r>");
    }

    /** A run ending in a page break: what ends the cover. */
    void runThenPageBreak(String text, Look look) {
        write("<w:r>");
        runProperties(look);
        text(text);
        write("<w:br w:type=\"page\"/></w:r>");
    }

    private void runProperties(Look look) {
        if (!look.bold() && !look.italic() && look.color() == null && look.halfPoints() == null) {
            return;
        }
        write("<w:rPr>");
        if (look.bold()) {
            write("<w:b/>");
        }
        if (look.italic()) {
            write("<w:i/>");
        }
        if (look.color() != null) {
            write("<w:color w:val=\"" + look.color() + "\"/>");
        }
        if (look.halfPoints() != null) {
            write("<w:sz w:val=\"" + look.halfPoints() + "\"/>");
        }
        write("</w:rPr>");
    }

    private void text(String text) {
        if (!text.isEmpty()) {
            write("<w:t xml:space=\"preserve\">");
            write(Html.escape(text));
            write("</w:t>");
        }
    }

    /** A full-width table with rules between rows, none at the sides; columns by relative weight. */
    private void tableStart(List<Integer> weights) {
        String rule = " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"" + RULE + "\"/>";
        write("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>"
                + "<w:top" + rule + "<w:left w:val=\"nil\"/><w:bottom" + rule + "<w:right w:val=\"nil\"/>"
                + "<w:insideH" + rule + "<w:insideV w:val=\"nil\"/></w:tblBorders>"
                + "<w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar>"
                + "</w:tblPr><w:tblGrid>");
        int sum = weights.stream().mapToInt(Integer::intValue).sum();
        for (int weight : weights) {
            write("<w:gridCol w:w=\"" + TEXT_WIDTH * weight / sum + "\"/>");
        }
        write("</w:tblGrid>");
    }

    /** A table ends, and a paragraph follows it (two tables in a row would merge into one). */
    private void tableEnd() {
        write("</w:tbl><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>");
    }

    /** A cell of {@code percent} of the width (in fiftieths of a percent, as Word counts), shaded or not. */
    private void cell(String text, int percent, Look look, String shade) {
        write("<w:tc><w:tcPr><w:tcW w:w=\"" + percent * 50 + "\" w:type=\"pct\"/>");
        if (shade != null) {
            write("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + shade + "\"/>");
        }
        write("</w:tcPr>");
        paragraphStart(null, null, 0, false);
        run(text, look);
        write("</w:p></w:tc>");
    }

    private void write(String xml) {
        try {
            out.write(xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the visitor's methods cannot throw; the writer unwraps it
        }
    }
}
