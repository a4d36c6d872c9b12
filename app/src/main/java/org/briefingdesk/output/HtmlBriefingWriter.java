package org.briefingdesk.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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

    @Override
    public void write(BriefingPack pack, OutputStream out, BriefingMonitor monitor) throws IOException {
        out.write(toHtml(pack, monitor).getBytes(StandardCharsets.UTF_8));
    }

    /** The whole document as a string: what the HTML file holds. */
    public static String toHtml(BriefingPack pack) {
        return toHtml(pack, BriefingMonitor.NONE);
    }

    private static String toHtml(BriefingPack pack, BriefingMonitor monitor) {
        StringBuilder html = new StringBuilder(16_384);
        String marking = Html.escape(pack.marking());
        String sensitivity = pack.sensitivity().name().toLowerCase(java.util.Locale.ROOT);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(pack.locale().getLanguage())).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Html.escape(pack.title() + " — " + pack.targetLabel())).append("</title>\n")
                .append("<style>\n").append(HtmlStyle.CSS).append("</style>\n</head>\n")
                .append("<body class=\"").append(sensitivity).append("\">\n")
                .append("<div class=\"marking top\">").append(marking).append("</div>\n")
                .append("<div class=\"marking bottom\">").append(marking).append("</div>\n")
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
            monitor.checkpoint();
            number++;
            html.append("<section id=\"section-").append(number).append("\">\n<h2>").append(Html.escape(section.heading()))
                    .append("</h2>\n");
            for (PackBlock block : section.blocks()) {
                block.accept(blocks);
            }
            html.append("</section>\n");
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void cover(BriefingPack pack, StringBuilder html) {
        html.append("<header class=\"cover\">\n<p class=\"kind\">").append(Html.escape(pack.title())).append("</p>\n")
                .append("<h1>").append(Html.escape(pack.targetLabel())).append("</h1>\n");
        new HtmlBlocks(html, pack.locale()).facts(new PackBlock.Facts(pack.cover()));
        html.append("<p class=\"cover-marking\">").append(Html.escape(pack.marking())).append("</p>\n</header>\n");
    }
}
