package org.briefingdesk.output;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.briefingdesk.logic.briefing.PackBlock;

/** Each kind of block as a PDF element, in the house style of {@link PdfStyle}. */
record PdfBlocks(PdfStyle style, Locale locale) implements PackBlock.Visitor<Element> {
    private static final float BODY = 9.5f;
    private static final float SMALL = 8f;
    private static final float LEADING = 1.35f;

    @Override
    public Element subheading(PackBlock.Subheading block) {
        Paragraph p = new Paragraph(block.text(), style.boldFont(11, PdfStyle.INK));
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        p.setKeepTogether(true);
        return p;
    }

    @Override
    public Element paragraph(PackBlock.Paragraph block) {
        Paragraph p = new Paragraph("", style.font(BODY, PdfStyle.INK));
        p.setMultipliedLeading(LEADING);
        if (!block.lead().isEmpty()) {
            p.add(new Phrase(block.lead() + ": ", style.boldFont(BODY, PdfStyle.INK)));
        }
        p.add(new Phrase(block.text(), style.font(BODY, PdfStyle.INK)));
        p.setSpacingAfter(5);
        return p;
    }

    /** A shaded box with a rule on its left: the words, then what kind of quote it is and whose. */
    @Override
    public Element quote(PackBlock.Quote block) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(2.5f);
        cell.setBorderColorLeft(PdfStyle.ACCENT);
        cell.setBackgroundColor(PdfStyle.QUOTE_SHADE);
        cell.setPadding(8);
        cell.setPaddingLeft(12);
        Paragraph marking = new Paragraph(block.marking().toUpperCase(locale), style.boldFont(6.5f, PdfStyle.ACCENT));
        marking.setSpacingAfter(3);
        cell.addElement(marking);
        String text = block.verbatim() ? QuoteMarks.wrap(block.text(), locale) : block.text();
        Paragraph words = new Paragraph(text, style.font(10, PdfStyle.INK));
        words.setMultipliedLeading(LEADING);
        cell.addElement(words);
        Paragraph attribution = new Paragraph("— " + block.attribution(), style.font(SMALL, PdfStyle.MUTED));
        attribution.setSpacingBefore(4);
        cell.addElement(attribution);
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.addCell(cell);
        box.setSpacingBefore(4);
        box.setSpacingAfter(6);
        return box;
    }

    @Override
    public Element bullets(PackBlock.Bullets block) {
        // another type of this name is imported
        com.lowagie.text.List list = new com.lowagie.text.List(com.lowagie.text.List.UNORDERED, 10);
        list.setListSymbol(new Chunk("•  ", style.font(BODY, PdfStyle.INK)));
        for (String item : block.items()) {
            list.add(new ListItem(item, style.font(BODY, PdfStyle.INK)));
        }
        return list;
    }

    @Override
    public Element facts(PackBlock.Facts block) {
        return factsTable(block.facts(), BODY);
    }

    /** Label–value rows: labels muted in a narrow column, values beside them. */
    PdfPTable factsTable(List<PackBlock.Fact> facts, float size) {
        PdfPTable table = new PdfPTable(new float[] {28, 72});
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        for (PackBlock.Fact fact : facts) {
            table.addCell(cell(fact.label(), style.boldFont(size - 1, PdfStyle.MUTED), null));
            table.addCell(cell(fact.value(), style.font(size, PdfStyle.INK), null));
        }
        return table;
    }

    @Override
    public Element table(PackBlock.Table block) {
        PdfPTable table = tableShell(block);
        for (List<String> row : block.rows()) {
            addRow(table, row);
        }
        return table;
    }

    /**
     * A table of many rows, added to the document in batches: a table laid out whole keeps every cell
     * of every row in memory until its last row (a timeline of 70,000 rows took gigabytes); laid out
     * as a large element, the rows already on a page are let go. The header row repeats on each page.
     */
    void addLargeTable(PackBlock.Table block, Document document, WriteProgress progress) {
        PdfPTable table = tableShell(block);
        table.setComplete(false);
        int rows = 0;
        for (List<String> row : block.rows()) {
            addRow(table, row);
            if (++rows % ROWS_PER_BATCH == 0) {
                progress.block();
                document.add(table);
            }
        }
        table.setComplete(true);
        document.add(table);
    }

    /** How many rows of a large table are laid out at a time. */
    static final int ROWS_PER_BATCH = 200;

    private void addRow(PdfPTable table, List<String> row) {
        for (String value : row) {
            table.addCell(cell(value, style.font(SMALL, PdfStyle.INK), null));
        }
    }

    private PdfPTable tableShell(PackBlock.Table block) {
        PdfPTable table = new PdfPTable(block.header().size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        table.setSpacingAfter(8);
        if (!block.weights().isEmpty()) {
            float[] widths = new float[block.weights().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = block.weights().get(i);
            }
            table.setWidths(widths);
        }
        for (String heading : block.header()) {
            table.addCell(cell(heading, style.boldFont(SMALL, PdfStyle.INK), PdfStyle.SHADE));
        }
        return table;
    }

    @Override
    public Element note(PackBlock.Note block) {
        Paragraph p = new Paragraph(block.text(), style.font(BODY, PdfStyle.MUTED));
        p.setSpacingAfter(6);
        return p;
    }

    private static PdfPCell cell(String text, Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PdfStyle.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        cell.setLeading(0, LEADING);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }
}
