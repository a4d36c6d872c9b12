package org.briefingdesk.output;

import java.util.Locale;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.briefingdesk.logic.briefing.PackBlock;

/** Each kind of block as Word paragraphs and tables, appended to the document. */
final class DocxBlocks implements PackBlock.Visitor<Void> {
    private static final String SHADE = "F1F3F6";

    private final XWPFDocument document;
    private final Locale locale;

    DocxBlocks(XWPFDocument document, Locale locale) {
        this.document = document;
        this.locale = locale;
    }

    @Override
    public Void subheading(PackBlock.Subheading block) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(DocxStyles.HEADING_2);
        p.createRun().setText(block.text());
        return null;
    }

    @Override
    public Void paragraph(PackBlock.Paragraph block) {
        XWPFParagraph p = document.createParagraph();
        if (!block.lead().isEmpty()) {
            XWPFRun lead = p.createRun();
            lead.setBold(true);
            lead.setText(block.lead() + ": ");
        }
        lines(p.createRun(), block.text());
        return null;
    }

    /** A paragraph in the Quote style with a rule on its left; the kind of quote and whose below it. */
    @Override
    public Void quote(PackBlock.Quote block) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(DocxStyles.QUOTE);
        p.setBorderLeft(Borders.SINGLE);
        p.setIndentationLeft(284);
        XWPFRun marking = p.createRun();
        marking.setBold(true);
        marking.setFontSize(7);
        marking.setColor(DocxStyles.ACCENT);
        marking.setText(block.marking().toUpperCase(locale));
        marking.addBreak();
        lines(p.createRun(), block.verbatim() ? QuoteMarks.wrap(block.text(), locale) : block.text());
        XWPFRun attribution = p.createRun();
        attribution.addBreak();
        attribution.setFontSize(8);
        attribution.setColor(DocxStyles.MUTED);
        attribution.setText("— " + block.attribution());
        return null;
    }

    @Override
    public Void bullets(PackBlock.Bullets block) {
        for (String item : block.items()) {
            XWPFParagraph p = document.createParagraph();
            p.setIndentationLeft(284);
            p.createRun().setText("• " + item);
        }
        return null;
    }

    @Override
    public Void facts(PackBlock.Facts block) {
        XWPFTable table = table(block.facts().size(), 2);
        for (int i = 0; i < block.facts().size(); i++) {
            PackBlock.Fact fact = block.facts().get(i);
            XWPFTableRow row = table.getRow(i);
            write(row.getCell(0), fact.label(), true, DocxStyles.MUTED);
            write(row.getCell(1), fact.value(), false, null);
            row.getCell(0).setWidth("28%");
            row.getCell(1).setWidth("72%");
        }
        spacer();
        return null;
    }

    @Override
    public Void table(PackBlock.Table block) {
        XWPFTable table = table(block.rows().size() + 1, block.header().size());
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < block.header().size(); c++) {
            write(header.getCell(c), block.header().get(c), true, null);
            header.getCell(c).setColor(SHADE);
        }
        int sum = block.weights().stream().mapToInt(Integer::intValue).sum();
        for (int r = 0; r < block.rows().size() + 1; r++) {
            for (int c = 0; c < block.header().size(); c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                if (r > 0) {
                    write(cell, block.rows().get(r - 1).get(c), false, null);
                }
                if (sum > 0) {
                    cell.setWidth(100 * block.weights().get(c) / sum + "%");
                }
            }
        }
        spacer();
        return null;
    }

    @Override
    public Void note(PackBlock.Note block) {
        XWPFRun run = document.createParagraph().createRun();
        run.setColor(DocxStyles.MUTED);
        run.setItalic(true);
        run.setText(block.text());
        return null;
    }

    private XWPFTable table(int rows, int columns) {
        XWPFTable table = document.createTable(rows, columns);
        table.setWidth("100%");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "C8CDD3");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "C8CDD3");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "C8CDD3");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
        table.setCellMargins(40, 80, 40, 80);
        return table;
    }

    private static void write(XWPFTableCell cell, String text, boolean bold, String color) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        XWPFRun run = p.createRun();
        run.setFontSize(9);
        run.setBold(bold);
        if (color != null) {
            run.setColor(color);
        }
        lines(run, text);
    }

    private void spacer() {
        document.createParagraph().setSpacingAfter(0);
    }

    /** Line breaks in the text become line breaks in Word, not lost. */
    private static void lines(XWPFRun run, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }
}
