package org.briefingdesk.output;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import org.briefingdesk.logic.briefing.BriefingMonitor;
import org.briefingdesk.logic.briefing.BriefingPack;
import org.briefingdesk.logic.briefing.PackBlock;
import org.briefingdesk.logic.briefing.PackSection;
import org.briefingdesk.logic.i18n.Localization;

/**
 * The pack as an A4 PDF: a cover page, then the sections, each in the document outline (bookmarks);
 * DejaVu Sans embedded; the sensitivity marking and page numbers on every page. Written page by page:
 * each page goes to the stream once it is full, and a table of thousands of rows is laid out in
 * batches, so memory does not grow with the pack.
 */
public final class PdfBriefingWriter implements BriefingWriter {
    private static final float MARGIN_SIDE = 60;
    private static final float MARGIN_TOP = 66;
    private static final float MARGIN_BOTTOM = 58;
    /** A heading needs this much room below it on the page, or it starts the next page. */
    private static final float HEADING_SPACE = 140;
    private static final float SUBHEADING_SPACE = 100;

    @Override
    public void write(BriefingPack pack, OutputStream out, BriefingMonitor monitor) throws IOException {
        PdfStyle style = new PdfStyle();
        Document document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new PdfPageFrame(pack, style));
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            document.addTitle(pack.title() + " — " + pack.targetLabel());
            document.addAuthor(pack.author());
            document.addSubject(pack.marking());
            document.addCreator("Briefing Desk");
            document.setDocumentLanguage(pack.locale().getLanguage());
            document.open();
            cover(pack, style, document);
            PdfBlocks blocks = new PdfBlocks(style, pack.locale());
            WriteProgress progress = new WriteProgress(pack, monitor);
            int number = 0;
            for (PackSection section : pack.sections()) {
                progress.section(section);
                number++;
                keepSpace(HEADING_SPACE, document, writer);
                heading(number, section.heading(), style, document, writer);
                for (PackBlock block : section.blocks()) {
                    progress.block();
                    if (block instanceof PackBlock.Subheading) {
                        keepSpace(SUBHEADING_SPACE, document, writer);
                    }
                    if (block instanceof PackBlock.Table table && table.rows().size() > PdfBlocks.ROWS_PER_BATCH) {
                        blocks.addLargeTable(table, document, progress);
                    } else {
                        document.add(block.accept(blocks));
                    }
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("PDF could not be laid out", e);
        } catch (ExceptionConverter e) {
            // OpenPDF wraps the stream's failures (a full disk); the caller needs them as what they are.
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /**
     * The cover: the marking first, then what the pack is and whom it is for, its facts, and the contents
     * (each line a link to its section), so the page reads as the pack's first page rather than a blank one.
     */
    private static void cover(BriefingPack pack, PdfStyle style, Document document) throws DocumentException {
        Paragraph marking = new Paragraph(pack.marking(),
                style.boldFont(14, PdfStyle.markingColor(pack.sensitivity())));
        marking.setSpacingBefore(24);
        marking.setAlignment(Element.ALIGN_LEFT);
        document.add(marking);
        Paragraph title = new Paragraph(pack.title().toUpperCase(pack.locale()), style.boldFont(11, PdfStyle.MUTED));
        title.setSpacingBefore(28);
        document.add(title);
        Paragraph target = new Paragraph(pack.targetLabel(), style.boldFont(26, PdfStyle.ACCENT));
        target.setSpacingBefore(6);
        target.setSpacingAfter(18);
        document.add(target);
        PdfPTable facts = new PdfBlocks(style, pack.locale()).factsTable(pack.cover(), 10);
        document.add(facts);
        Paragraph contents = new Paragraph(new Localization(pack.locale()).get("briefing.cover.contents"),
                style.boldFont(12, PdfStyle.ACCENT));
        contents.setSpacingBefore(28);
        contents.setSpacingAfter(6);
        document.add(contents);
        int number = 0;
        for (PackSection section : pack.sections()) {
            number++;
            Chunk line = new Chunk(number + "   " + section.heading(), style.font(11, PdfStyle.INK));
            line.setLocalGoto("section-" + number);
            Paragraph entry = new Paragraph(line);
            entry.setSpacingAfter(3);
            document.add(entry);
        }
        document.newPage();
    }

    /** A heading at the foot of a page, its text on the next, reads badly: start a new page instead. */
    private static void keepSpace(float space, Document document, PdfWriter writer) {
        if (writer.getVerticalPosition(false) - document.bottom() < space) {
            document.newPage();
        }
    }

    /** "1  Profil" with a rule under it, and a bookmark to it. */
    private static void heading(int number, String text, PdfStyle style, Document document, PdfWriter writer)
            throws DocumentException {
        String anchor = "section-" + number;
        Chunk chunk = new Chunk(number + "   " + text, style.boldFont(14, PdfStyle.ACCENT));
        chunk.setLocalDestination(anchor);
        Paragraph heading = new Paragraph(chunk);
        heading.setSpacingBefore(number == 1 ? 0 : 16);
        heading.setSpacingAfter(2);
        heading.setKeepTogether(true);
        document.add(heading);
        PdfPTable rule = new PdfPTable(1);
        rule.setWidthPercentage(100);
        PdfPCell line = new PdfPCell(new Phrase("", style.font(1, PdfStyle.ACCENT)));
        line.setBorder(Rectangle.BOTTOM);
        line.setBorderColor(PdfStyle.ACCENT);
        line.setBorderWidthBottom(1.2f);
        line.setFixedHeight(2);
        rule.addCell(line);
        rule.setSpacingAfter(8);
        document.add(rule);
        new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(anchor, false), text);
    }
}
