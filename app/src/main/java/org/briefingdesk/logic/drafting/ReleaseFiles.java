package org.briefingdesk.logic.drafting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefingdesk.logic.UserFacingException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A press release from a file: plain text (UTF-8, or the Windows Czech code page of older files), the
 * text of an HTML page (jsoup), of a DOCX (POI) or of a PDF with a text layer (PDFBox). What the file
 * is comes from its first bytes, not its name. Each kind of bad file is one sentence: a binary file, a
 * scanned PDF without text, a PDF or DOCX locked by a password, a file too large to be a release.
 */
public final class ReleaseFiles {
    /** Larger than any press release with its pictures; read no further. */
    public static final long MAX_BYTES = 30L * 1024 * 1024;
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "tr", "section", "article", "header", "footer", "blockquote", "ul", "ol", "table", "title");

    private ReleaseFiles() {
    }

    /** The release in the file, checked as {@link ReleaseText#of} checks pasted text. */
    public static ReleaseText read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UserFacingException("drafting.error.tooLarge", MAX_BYTES / (1024 * 1024));
            }
            return read(Files.readAllBytes(file), String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw new UserFacingException(e, "drafting.error.unreadable", String.valueOf(file.getFileName()));
        }
    }

    /** The release in these bytes (a file's, or standard input's), named {@code name}. */
    public static ReleaseText read(byte[] bytes, String name) {
        if (bytes.length > MAX_BYTES) {
            throw new UserFacingException("drafting.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        return ReleaseText.of(text(bytes, name), name);
    }

    static String text(byte[] bytes, String name) {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(bytes))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return switch (magic) {
            case PDF -> pdf(bytes);
            case OOXML -> docx(bytes);
            case OLE2 -> throw new UserFacingException(encrypted(bytes) ? "drafting.error.password"
                    : "drafting.error.unsupported", name);
            case HTML, XML -> html(decode(bytes));
            default -> plain(bytes, name);
        };
    }

    private static String plain(byte[] bytes, String name) {
        String text = decode(bytes);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || text.stripLeading().startsWith("<")
                && text.toLowerCase(Locale.ROOT).contains("<body")) {
            return html(text);
        }
        return text;
    }

    /** UTF-8, or windows-1250 for older Czech files; bytes that are neither are a binary file. */
    private static String decode(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new UserFacingException("drafting.error.binary");
            }
            if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > bytes.length / 100 + 1) {
            throw new UserFacingException("drafting.error.binary");
        }
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            try {
                return strict(Charset.forName("windows-1250")).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException again) {
                throw new UserFacingException("drafting.error.binary");
            }
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The page's text, a line per block and a blank line between paragraphs; scripts and styles left out. */
    static String html(String html) {
        Document page = Jsoup.parse(html);
        page.select("script, style, noscript, template, head > :not(title)").remove();
        StringBuilder out = new StringBuilder();
        Element root = page.body();
        String title = page.title().strip();
        if (!title.isEmpty() && page.select("h1").isEmpty()) {
            out.append(title).append("\n\n");
        }
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append(e.normalName().equals("br") ? "\n" : "\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                    out.append("\n\n");
                }
            }
        }, root);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
    }

    private static String docx(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText().replaceAll("\\n", "\n\n");
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException(e, "drafting.error.damaged", "DOCX");
        }
    }

    private static boolean encrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException e) {
            return false;
        }
    }

    private static String pdf(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            if (text.codePoints().filter(Character::isLetter).count() < 20) {
                throw new UserFacingException("drafting.error.pdfNoText");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new UserFacingException(e, "drafting.error.password", "PDF");
        } catch (IOException e) {
            throw new UserFacingException(e, "drafting.error.damaged", "PDF");
        }
    }
}
