package org.briefingdesk.output;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of the DOCX. A new POI document has none, so "Heading1" would be plain text:
 * these carry Word's built-in names ("heading 1") and outline levels, so Word's navigation pane,
 * table of contents and style gallery treat them as real headings.
 */
final class DocxStyles {
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String QUOTE = "Quote";
    static final String FONT = "Calibri";
    static final String ACCENT = "1D3F6E";
    static final String MUTED = "5F666D";

    private DocxStyles() {
    }

    static void define(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        styles.addStyle(style("Normal", "Normal", null, null, 20, false, null));
        styles.addStyle(style(TITLE, "Title", "Normal", null, 52, true, ACCENT));
        styles.addStyle(style(SUBTITLE, "Subtitle", "Normal", null, 22, true, MUTED));
        styles.addStyle(style(HEADING_1, "heading 1", "Normal", 0, 30, true, ACCENT));
        styles.addStyle(style(HEADING_2, "heading 2", "Normal", 1, 23, true, "1F2328"));
        styles.addStyle(style(QUOTE, "Quote", "Normal", null, 20, false, "1F2328"));
    }

    /** @param halfPoints font size in half-points (20 = 10 pt) */
    private static XWPFStyle style(String id, String name, String basedOn, Integer outlineLevel, int halfPoints,
                                   boolean bold, String color) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        if (basedOn != null) {
            ct.addNewBasedOn().setVal(basedOn);
            ct.addNewNext().setVal("Normal");
        }
        ct.addNewQFormat();
        CTPPrGeneral paragraph = ct.addNewPPr();
        if (outlineLevel != null) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            paragraph.addNewKeepNext();
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel == 0 ? 360 : 200));
            ct.addNewUiPriority().setVal(BigInteger.valueOf(9));
        } else {
            paragraph.addNewSpacing().setAfter(BigInteger.valueOf(100));
        }
        CTRPr run = ct.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            run.addNewB();
        }
        if (color != null) {
            run.addNewColor().setVal(color);
        }
        return new XWPFStyle(ct);
    }
}
