package org.briefingdesk.output;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import org.briefingdesk.logic.briefing.BriefingPack;

/**
 * What every page carries: the sensitivity marking in the header and the footer, the pack's title
 * and target, and "Strana 2 z 5" (the total filled in when the document closes).
 */
final class PdfPageFrame extends PdfPageEventHelper {
    private static final float SMALL = 7.5f;
    private static final float TOTAL_WIDTH = 24;

    private final BriefingPack pack;
    private final PdfStyle style;
    private PdfTemplate total;

    PdfPageFrame(BriefingPack pack, PdfStyle style) {
        this.pack = pack;
        this.style = style;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, SMALL + 3);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        float headerY = page.getTop() - 34;
        float footerY = 30;

        marking(canvas, right, headerY);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(pack.title() + " — " + pack.targetLabel(), style.font(SMALL, PdfStyle.MUTED)),
                left, headerY, 0);
        rule(canvas, left, right, headerY - 6);

        rule(canvas, left, right, footerY + 12);
        marking(canvas, left + markingWidth(), footerY);
        pageNumber(canvas, writer.getPageNumber(), right, footerY);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(style.regular, SMALL);
        total.setColorFill(PdfStyle.MUTED);
        total.setTextMatrix(0, 2);
        total.showText(Integer.toString(writer.getPageNumber() - 1));
        total.endText();
    }

    /** The marking as a coloured label, right-aligned at {@code right}. */
    private void marking(PdfContentByte canvas, float right, float y) {
        float width = markingWidth();
        Color color = PdfStyle.markingColor(pack.sensitivity());
        canvas.saveState();
        canvas.setColorStroke(color);
        canvas.setLineWidth(0.8f);
        canvas.rectangle(right - width, y - 3, width, SMALL + 6);
        canvas.stroke();
        canvas.restoreState();
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                new Phrase(pack.marking(), style.boldFont(SMALL, color)), right - width / 2, y, 0);
    }

    private float markingWidth() {
        return style.bold.getWidthPoint(pack.marking(), SMALL) + 12;
    }

    /** "Strana 2 z " then the template that gets the total; right-aligned. */
    private void pageNumber(PdfContentByte canvas, int page, float right, float y) {
        String pattern = pack.pageLabel().replace("{0}", Integer.toString(page));
        int cut = pattern.indexOf("{1}");
        String before = cut < 0 ? pattern : pattern.substring(0, cut);
        String digits = Integer.toString(Math.max(page, 9));
        float totalWidth = style.regular.getWidthPoint(digits, SMALL);
        float x = right - totalWidth - style.regular.getWidthPoint(before, SMALL);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(before, style.font(SMALL, PdfStyle.MUTED)),
                x, y, 0);
        if (cut >= 0) {
            canvas.addTemplate(total, right - totalWidth, y - 2);
        }
    }

    private static void rule(PdfContentByte canvas, float left, float right, float y) {
        canvas.saveState();
        canvas.setColorStroke(PdfStyle.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, y);
        canvas.lineTo(right, y);
        canvas.stroke();
        canvas.restoreState();
    }
}
