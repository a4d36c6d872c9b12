package org.briefingdesk.output;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.briefingdesk.logic.briefing.BriefingMonitor;
import org.briefingdesk.logic.briefing.BriefingPack;
import org.briefingdesk.logic.briefing.PackBlock;
import org.briefingdesk.logic.briefing.PackSection;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The pack as a Word document that staff can go on editing: real heading styles (Heading 1 for the
 * sections, Heading 2 inside them), A4, and the sensitivity marking with page numbers in the page
 * header and footer.
 */
public final class DocxBriefingWriter implements BriefingWriter {
    /** A4 in twentieths of a point, with 2 cm side margins. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1134;

    @Override
    public void write(BriefingPack pack, OutputStream out, BriefingMonitor monitor) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            DocxStyles.define(document);
            document.getProperties().getCoreProperties().setTitle(pack.title() + " — " + pack.targetLabel());
            document.getProperties().getCoreProperties().setCreator(pack.author());
            document.getProperties().getCoreProperties().setSubjectProperty(pack.marking());
            pageSetup(document);
            headerAndFooter(document, pack);
            cover(document, pack);
            DocxBlocks blocks = new DocxBlocks(document, pack.locale());
            for (PackSection section : pack.sections()) {
                monitor.checkpoint();
                XWPFParagraph heading = document.createParagraph();
                heading.setStyle(DocxStyles.HEADING_1);
                heading.createRun().setText(section.heading());
                for (PackBlock block : section.blocks()) {
                    block.accept(blocks);
                }
            }
            document.write(out);
        }
    }

    private static void cover(XWPFDocument document, BriefingPack pack) {
        XWPFParagraph kind = document.createParagraph();
        kind.setStyle(DocxStyles.SUBTITLE);
        kind.setSpacingBefore(2400);
        kind.createRun().setText(pack.title().toUpperCase(pack.locale()));
        XWPFParagraph title = document.createParagraph();
        title.setStyle(DocxStyles.TITLE);
        title.createRun().setText(pack.targetLabel());
        new DocxBlocks(document, pack.locale()).facts(new PackBlock.Facts(pack.cover()));
        XWPFParagraph marking = document.createParagraph();
        marking.setSpacingBefore(480);
        XWPFRun run = marking.createRun();
        run.setBold(true);
        run.setFontSize(14);
        run.setColor(markingColor(pack));
        run.setText(pack.marking());
        run.addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
    }

    private static void pageSetup(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setTop(BigInteger.valueOf(MARGIN + 284));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    /** Header: title, target and marking; footer: marking and "Strana {PAGE} z {NUMPAGES}". */
    private static void headerAndFooter(XWPFDocument document, BriefingPack pack) {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph top = header.createParagraph();
        top.setAlignment(ParagraphAlignment.LEFT);
        small(top.createRun(), pack.title() + " — " + pack.targetLabel() + "    ", DocxStyles.MUTED, false);
        small(top.createRun(), pack.marking(), markingColor(pack), true);

        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph bottom = footer.createParagraph();
        bottom.setAlignment(ParagraphAlignment.LEFT);
        small(bottom.createRun(), pack.marking() + "    ", markingColor(pack), true);
        String pattern = pack.pageLabel();
        int page = pattern.indexOf("{0}");
        int pages = pattern.indexOf("{1}");
        if (page < 0 || pages < page) {
            small(bottom.createRun(), pattern, DocxStyles.MUTED, false);
            return;
        }
        small(bottom.createRun(), pattern.substring(0, page), DocxStyles.MUTED, false);
        bottom.getCTP().addNewFldSimple().setInstr("PAGE");
        small(bottom.createRun(), pattern.substring(page + 3, pages), DocxStyles.MUTED, false);
        bottom.getCTP().addNewFldSimple().setInstr("NUMPAGES");
        small(bottom.createRun(), pattern.substring(pages + 3), DocxStyles.MUTED, false);
    }

    private static void small(XWPFRun run, String text, String color, boolean bold) {
        run.setFontSize(8);
        run.setColor(color);
        run.setBold(bold);
        run.setText(text);
    }

    private static String markingColor(BriefingPack pack) {
        java.awt.Color c = PdfStyle.markingColor(pack.sensitivity());
        return String.format("%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }
}
