package org.briefingdesk.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.briefingdesk.logic.briefing.BriefingMonitor;
import org.briefingdesk.logic.briefing.BriefingTarget;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.RecordStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The sample's pack for Yvette Cooper in each format, read back the way a reader would see it. */
class BriefingFormatsTest {
    /** The minister's words, every Czech letter as in the press release. */
    static final String MINISTER_QUOTE =
            "Novelu migrační legislativy chceme vzhledem k mezinárodní situaci schválit co nejdříve";
    static final List<String> EXPECTED = List.of(
            "Bilaterální jednání se Spojeným královstvím: Vít Rakušan – Yvette Cooper",
            "Vít Rakušan", "převaděčství", "kybernetické hrozby", "Border Security Summit",
            "ministryně vnitra", "Ivette Cooperová", MINISTER_QUOTE);

    @TempDir
    Path folder;
    private RecordStore store;

    @BeforeEach
    void loadSample() {
        store = SamplePacks.store(folder);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path export(BriefingFormat format) {
        Path out = folder.resolve("out").resolve("cooper." + format.extension());
        try {
            Files.createDirectories(out.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new BriefingExporter(store).export(BriefingTarget.person(SampleIds.COOPER), SamplePacks.czech(), format, out,
                BriefingMonitor.NONE);
        return out;
    }

    private static void assertHasAll(String text) {
        String flat = text.replaceAll("\\s+", " ");
        for (String expected : EXPECTED) {
            assertTrue(flat.contains(expected), () -> "missing: " + expected + "\n---\n" + flat);
        }
    }

    @Test
    void pdfHasTheMeetingTheSummitAndTheQuoteWithEveryCzechLetter() throws IOException {
        Path pdf = export(BriefingFormat.PDF);
        assertTrue(Files.size(pdf) < 500_000, () -> "PDF too big: " + size(pdf));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertHasAll(text);
            assertTrue(document.getNumberOfPages() >= 2);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = stripper.getText(document);
                assertTrue(pageText.contains("VEŘEJNÉ"), "no marking on page " + page);
                assertTrue(pageText.contains("Strana " + page + " z " + document.getNumberOfPages()),
                        () -> "no page number on a page:\n" + pageText);
            }
            PDFont font = document.getPage(1).getResources().getFont(
                    document.getPage(1).getResources().getFontNames().iterator().next());
            assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            assertTrue(font.isEmbedded(), "font not embedded");
        }
    }

    @Test
    void docxHasTheSameTextAndRealHeadings() throws Exception {
        Path docx = export(BriefingFormat.DOCX);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                String text = extractor.getText();
                assertHasAll(text);
                assertTrue(text.contains("VEŘEJNÉ"), "no marking in header or footer");
            }
            List<String> headings = document.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertEquals(List.of("Profil", "Historie jednání s naší stranou", "Jejich výroky podle témat",
                    "Naše výroky a závazky", "Otevřené úkoly ze zpráv", "Časová osa témat", "Příloha: zdroje"),
                    headings);
            assertEquals("heading 1", document.getStyles().getStyle("Heading1").getName());
            assertTrue(document.getParagraphs().stream().anyMatch(p -> "Heading2".equals(p.getStyle())));
        }
        // The body is written as XML by hand (streamed): it must be what the WordprocessingML schema allows.
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            DocumentDocument body = DocumentDocument.Factory.parse(
                    zip.getInputStream(zip.getEntry("word/document.xml")));
            List<XmlError> errors = new ArrayList<>();
            assertTrue(body.validate(new XmlOptions().setErrorListener(errors)), errors::toString);
        }
    }

    @Test
    void htmlIsWellFormedAndSelfContained() throws Exception {
        Path html = export(BriefingFormat.HTML);
        String text = Files.readString(html, StandardCharsets.UTF_8);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(html.toFile());
        assertEquals("html", document.getDocumentElement().getTagName());
        assertEquals("cs", document.getDocumentElement().getAttribute("lang"));
        assertEquals(1, document.getElementsByTagName("style").getLength());
        assertEquals(0, document.getElementsByTagName("script").getLength());
        assertEquals(0, document.getElementsByTagName("link").getLength());
        assertEquals(0, document.getElementsByTagName("img").getLength());
        assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//", Pattern.CASE_INSENSITIVE)
                .matcher(text).find());
        assertFalse(Pattern.compile("url\\(|@import", Pattern.CASE_INSENSITIVE).matcher(text).find());
        assertHasAll(document.getDocumentElement().getTextContent());
        assertEquals(7, document.getElementsByTagName("h2").getLength());
    }

    @Test
    void thePdfCoverHoldsItsFactsAndTheContents() throws IOException {
        try (PDDocument document = Loader.loadPDF(export(BriefingFormat.PDF).toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String cover = stripper.getText(document);
            assertTrue(cover.contains("Podklad k jednání s"), cover);
            assertFalse(cover.contains("(osoba)"), cover);
            // The facts table is drawn on a canvas of its own: the text order says nothing of the page's.
            assertTrue(cover.contains("Vynechané záznamy") && cover.contains("Obsah"), cover);
            assertTrue(cover.contains("1   Profil") && cover.contains("7   Příloha: zdroje"), cover);
        }
    }

    @Test
    void printedHtmlRepeatsTheMarkingInRoomOfItsOwnAndKeepsHeadingsWithTheirText() throws Exception {
        Path html = export(BriefingFormat.HTML);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(html.toFile());
        var frame = (Element) document.getElementsByTagName("table").item(0);
        assertEquals("print-frame", frame.getAttribute("class"));
        assertEquals("VEŘEJNÉ", frame.getElementsByTagName("thead").item(0).getTextContent().strip());
        assertEquals("VEŘEJNÉ", frame.getElementsByTagName("tfoot").item(0).getTextContent().strip());
        assertEquals(1, frame.getElementsByTagName("main").getLength(), "the pack is the frame's body");
        String css = document.getElementsByTagName("style").item(0).getTextContent();
        assertFalse(css.contains("position: fixed"), "a fixed marking covers the first lines of a printed page");
        assertTrue(Pattern.compile("h2 \\{[^}]*break-after: avoid").matcher(css).find(), css);
        assertTrue(Pattern.compile("h3 \\{[^}]*break-after: avoid").matcher(css).find(), css);
    }

    @Test
    void theHtmlEscapesWhatTheRecordsSay() {
        String escaped = Html.escape("<script>alert('x')</script> & \"q\"\u0007");
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;", escaped);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
