package org.briefingdesk.output;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The file formats a pack is written in, with their file extension and media type. */
public enum BriefingFormat {
    PDF("pdf", "application/pdf", PdfBriefingWriter::new),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocxBriefingWriter::new),
    HTML("html", "text/html", HtmlBriefingWriter::new);

    private final String extension;
    private final String mediaType;
    private final Supplier<BriefingWriter> writer;

    BriefingFormat(String extension, String mediaType, Supplier<BriefingWriter> writer) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.writer = writer;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public BriefingWriter writer() {
        return writer.get();
    }

    /** "pdf", "PDF", ".pdf" → PDF. */
    public static Optional<BriefingFormat> parse(String text) {
        String name = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
        for (BriefingFormat format : values()) {
            if (format.extension.equals(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
