package org.briefingdesk.output;

import java.awt.Color;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
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
 * header and footer. POI makes the small parts (styles, properties, header, footer, page setup); the
 * body is streamed into {@code word/document.xml} block by block ({@link DocxBlocks}), because a
 * document model of a pack of thousands of pages would not fit in memory.
 */
public final class DocxBriefingWriter implements BriefingWriter {
    /** A4 in twentieths of a point, with 2 cm side margins. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    private static final String BODY = "word/document.xml";

    @Override
    public void write(BriefingPack pack, OutputStream out, BriefingMonitor monitor) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the caller closes its own stream
            }
        });
        try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(skeleton(pack)))) {
            for (ZipEntry part = parts.getNextEntry(); part != null; part = parts.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(part.getName()));
                if (part.getName().equals(BODY)) {
                    body(pack, new String(parts.readAllBytes(), StandardCharsets.UTF_8), zip, monitor);
                } else {
                    parts.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

    /** The document with everything but its body: styles, properties, page setup, header and footer. */
    private static byte[] skeleton(BriefingPack pack) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            DocxStyles.define(document);
            document.getProperties().getCoreProperties().setTitle(pack.title() + " — " + pack.targetLabel());
            document.getProperties().getCoreProperties().setCreator(pack.author());
            document.getProperties().getCoreProperties().setSubjectProperty(pack.marking());
            pageSetup(document);
            headerAndFooter(document, pack);
            document.write(bytes);
            return bytes.toByteArray();
        }
    }

    /** The skeleton's {@code document.xml} up to its body, then the blocks, then its section properties. */
    private static void body(BriefingPack pack, String skeleton, OutputStream zip, BriefingMonitor monitor)
            throws IOException {
        int bodyOpen = skeleton.indexOf("<w:body>");
        int sectionProperties = skeleton.indexOf("<w:sectPr", bodyOpen);
        if (bodyOpen < 0 || sectionProperties < 0) {
            throw new IOException("unexpected document.xml from POI");
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        writer.write(skeleton, 0, bodyOpen + "<w:body>".length());
        DocxBlocks blocks = new DocxBlocks(writer, pack.locale());
        WriteProgress progress = new WriteProgress(pack, monitor);
        try {
            cover(pack, blocks);
            for (PackSection section : pack.sections()) {
                progress.section(section);
                blocks.styled(DocxStyles.HEADING_1, section.heading());
                for (PackBlock block : section.blocks()) {
                    progress.block();
                    block.accept(blocks);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.write(skeleton, sectionProperties, skeleton.length() - sectionProperties);
        writer.flush();
    }

    private static void cover(BriefingPack pack, DocxBlocks blocks) {
        blocks.paragraphStart(DocxStyles.SUBTITLE, 2400, null, false);
        blocks.run(pack.title().toUpperCase(pack.locale()), DocxBlocks.Look.PLAIN);
        blocks.paragraphEnd();
        blocks.styled(DocxStyles.TITLE, pack.targetLabel());
        blocks.facts(new PackBlock.Facts(pack.cover()));
        blocks.paragraphStart(null, 480, null, false);
        blocks.runThenPageBreak(pack.marking(), new DocxBlocks.Look(true, false, markingColor(pack), 28));
        blocks.paragraphEnd();
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
        margins.setGutter(BigInteger.ZERO); // required by the schema; Word assumes it, others check it
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
        Color c = PdfStyle.markingColor(pack.sensitivity());
        return String.format("%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }
}
