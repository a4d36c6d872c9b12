package org.briefingdesk.logic.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.i18n.Localization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Releases from every kind of file, and each bad input as one sentence with nothing drafted. */
class ReleaseFilesTest {
    static final String SEED = "/sample/border-security-summit-2025.cs.txt";

    @TempDir
    Path folder;

    static String seed() throws IOException {
        try (InputStream in = ReleaseFilesTest.class.getResourceAsStream(SEED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static String sentence(UserFacingException e) {
        return e.localizedMessage(Localization.forLanguage("cs"));
    }

    @Test
    void plainTextInUtf8AndInTheWindowsCzechCodePage() throws IOException {
        ReleaseText utf8 = ReleaseFiles.read(write("zprava.txt", seed().getBytes(StandardCharsets.UTF_8)));
        ReleaseText cp1250 = ReleaseFiles.read(write("stara.txt", seed().getBytes(Charset.forName("windows-1250"))));
        assertEquals(utf8.text(), cp1250.text());
        assertTrue(utf8.text().contains("Ivette Cooperovou"));
        assertEquals("zprava.txt", utf8.sourceName());
    }

    @Test
    void theTextOfAnHtmlPageWithoutItsScriptsAndStyles() throws IOException {
        String html = "<html><head><title>MV ČR</title><style>p{color:red}</style>"
                + "<script>alert('x')</script></head><body><h1>Ministr vnitra v Londýně</h1>"
                + "<p>Ministr vnitra Vít Rakušan se 31.&nbsp;března 2025 zúčastnil konference v Londýně.</p>"
                + "<p>„Pracujeme na novele,“ uvedl ministr.</p></body></html>";
        ReleaseText release = ReleaseFiles.read(write("zprava.html", html.getBytes(StandardCharsets.UTF_8)));
        assertTrue(release.text().startsWith("Ministr vnitra v Londýně"), release.text());
        assertTrue(release.text().contains("31. března 2025"));
        assertTrue(!release.text().contains("alert") && !release.text().contains("color"));
    }

    @Test
    void theTextOfADocx() throws IOException {
        ReleaseText release = ReleaseFiles.read(write("zprava.docx", docx(seed())));
        assertTrue(release.text().contains("Ministr vnitra Vít Rakušan"), release.text());
    }

    @Test
    void theTextLayerOfAPdf() throws IOException {
        ReleaseText release = ReleaseFiles.read(write("zprava.pdf", pdf(seed(), null)));
        assertTrue(release.text().contains("Rakušan"), release.text());
        assertTrue(release.text().contains("Cooperovou"));
    }

    @Test
    void badInputIsOneSentenceAndNothingIsDrafted() throws IOException {
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        String english = "The Minister of the Interior attended the Border Security Summit in London, where the "
                + "ministers discussed the protection of external borders and the fight against people smugglers.";
        String huge = seed().repeat(10 * 1024 * 1024 / seed().length() + 1);
        assertBad("drafting.error.empty", write("prazdna.txt", "  \n\n ".getBytes(StandardCharsets.UTF_8)));
        assertBad("drafting.error.notCzech", write("anglicka.txt", english.getBytes(StandardCharsets.UTF_8)));
        assertBad("drafting.error.tooLong", write("velka.txt", huge.getBytes(StandardCharsets.UTF_8)));
        assertBad("drafting.error.binary", write("obrazek.bin", binary));
        assertBad("drafting.error.pdfNoText", write("sken.pdf", emptyPdf()));
        assertBad("drafting.error.password", write("zamcena.pdf", pdf(seed(), "tajne")));
        assertBad("drafting.error.password", write("zamceny.docx", encrypted(docx(seed()))));
    }

    private static void assertBad(String key, Path file) {
        UserFacingException e = assertThrows(UserFacingException.class, () -> ReleaseFiles.read(file));
        assertEquals(key, e.key(), file.getFileName().toString());
        String sentence = sentence(e);
        assertTrue(!sentence.contains("!") && sentence.strip().lines().count() == 1, sentence);
    }

    @Test
    void hostileTextIsKeptAsTextWithoutControlCharacters() throws IOException {
        String hostile = "<script>alert('x')</script>\u0007\u202e" + seed();
        ReleaseText release = ReleaseText.of(hostile, "");
        assertTrue(release.text().startsWith("<script>alert('x')</script>"), "markup is text");
        assertTrue(release.text().chars().noneMatch(c -> c == 7 || c == 0x202e), "no control characters");
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : text.split("\\n\\s*\\n")) {
                document.createParagraph().createRun().setText(paragraph.replace('\n', ' ').strip());
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] encrypted(byte[] docx) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("tajne");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A PDF with the text in DejaVu Sans (the 14 standard fonts have no ř); locked when a password is given. */
    static byte[] pdf(String text, String password) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType0Font font;
            try (InputStream in = ReleaseFilesTest.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
                font = PDType0Font.load(document, in);
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 8);
                content.setLeading(10);
                content.newLineAtOffset(30, 750);
                for (String line : text.split("\\n")) {
                    content.showText(line.strip());
                    content.newLine();
                }
                content.endText();
            }
            if (password != null) {
                document.protect(new StandardProtectionPolicy("vlastnik", password, new AccessPermission()));
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] emptyPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
