package org.briefingdesk.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.briefingdesk.logic.briefing.BriefingMonitor;
import org.briefingdesk.logic.briefing.BriefingPack;
import org.briefingdesk.logic.briefing.PackBlock;
import org.briefingdesk.logic.briefing.PackSection;

/**
 * The pack as one self-contained HTML file: inline CSS, no scripts, no external resources, so it
 * opens on an air-gapped laptop and prints cleanly (A4, the marking repeated on every printed page).
 * The markup is well-formed XHTML, so an XML parser reads it too.
 */
public final class HtmlBriefingWriter implements BriefingWriter {

    /**
     * Writes the document block by block: each block's markup goes to the stream as soon as it is
     * made, so memory holds one block, not the whole file (a pack can have thousands of pages).
     */
    @Override
    public void write(BriefingPack pack, OutputStream out, BriefingMonitor monitor) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        StringBuilder html = new StringBuilder(16_384);
        WriteProgress progress = new WriteProgress(pack, monitor);
        String marking = Html.escape(pack.marking());
        String sensitivity = pack.sensitivity().name().toLowerCase(Locale.ROOT);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(pack.locale().getLanguage()))
                .append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Html.escape(pack.title() + " — " + pack.targetLabel())).append("</title>\n")
                .append("<style>\n").append(HtmlStyle.CSS).append("</style>\n</head>\n")
                .append("<body class=\"").append(sensitivity).append("\">\n")
                .append("<div class=\"marking top\">").append(marking).append("</div>\n")
                .append("<div class=\"marking bottom\">").append(marking).append("</div>\n")
                // Printed, the marking is the frame's header and footer row, which browsers repeat on every page
                // in room of its own: a fixed marking covered the first lines of each page.
                .append("<table class=\"print-frame\">\n<thead><tr><td><div class=\"print-marking\">").append(marking)
                .append("</div></td></tr></thead>\n<tfoot><tr><td><div class=\"print-marking\">").append(marking)
                .append("</div></td></tr></tfoot>\n<tbody><tr><td>\n")
                .append("<main>\n");
        cover(pack, html);
        HtmlBlocks blocks = new HtmlBlocks(html, pack.locale());
        int number = 0;
        html.append("<nav class=\"contents\"><ol>\n");
        for (PackSection section : pack.sections()) {
            number++;
            html.append("<li><a href=\"#section-").append(number).append("\">").append(Html.escape(section.heading()))
                    .append("</a></li>\n");
        }
        html.append("</ol></nav>\n");
        number = 0;
        for (PackSection section : pack.sections()) {
            progress.section(section);
            number++;
            html.append("<section id=\"section-").append(number).append("\">\n<h2>")
                    .append(Html.escape(section.heading()))
                    .append("</h2>\n");
            for (PackBlock block : section.blocks()) {
                progress.block();
                block.accept(blocks);
                flush(html, writer);
            }
            html.append("</section>\n");
        }
        html.append("</main>\n</td></tr></tbody>\n</table>\n</body>\n</html>\n");
        flush(html, writer);
        writer.flush();
    }

    private static void flush(StringBuilder html, Writer writer) throws IOException {
        writer.append(html);
        html.setLength(0);
    }

    private static void cover(BriefingPack pack, StringBuilder html) {
        html.append("<header class=\"cover\">\n<p class=\"kind\">").append(Html.escape(pack.title())).append("</p>\n")
                .append("<h1>").append(Html.escape(pack.targetLabel())).append("</h1>\n");
        new HtmlBlocks(html, pack.locale()).facts(new PackBlock.Facts(pack.cover()));
        html.append("<p class=\"cover-marking\">").append(Html.escape(pack.marking())).append("</p>\n</header>\n");
    }
}
