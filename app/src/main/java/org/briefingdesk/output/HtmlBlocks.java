package org.briefingdesk.output;

import java.util.List;
import java.util.Locale;
import org.briefingdesk.logic.briefing.PackBlock;

/** Each kind of block as escaped XHTML, appended to the document being built. */
record HtmlBlocks(StringBuilder html, Locale locale) implements PackBlock.Visitor<Void> {
    @Override
    public Void subheading(PackBlock.Subheading block) {
        html.append("<h3>").append(Html.escape(block.text())).append("</h3>\n");
        return null;
    }

    @Override
    public Void paragraph(PackBlock.Paragraph block) {
        html.append("<p>");
        if (!block.lead().isEmpty()) {
            html.append("<strong>").append(Html.escape(block.lead())).append(":</strong> ");
        }
        html.append(Html.lines(block.text())).append("</p>\n");
        return null;
    }

    @Override
    public Void quote(PackBlock.Quote block) {
        String text = block.verbatim() ? QuoteMarks.wrap(block.text(), locale) : block.text();
        html.append("<figure class=\"quote").append(block.verbatim() ? " verbatim" : "").append("\">\n")
                .append("<div class=\"quote-kind\">").append(Html.escape(block.marking())).append("</div>\n")
                .append("<blockquote><p>").append(Html.lines(text)).append("</p></blockquote>\n")
                .append("<figcaption>— ").append(Html.escape(block.attribution())).append("</figcaption>\n</figure>\n");
        return null;
    }

    @Override
    public Void bullets(PackBlock.Bullets block) {
        html.append("<ul>\n");
        block.items().forEach(item -> html.append("<li>").append(Html.escape(item)).append("</li>\n"));
        html.append("</ul>\n");
        return null;
    }

    @Override
    public Void facts(PackBlock.Facts block) {
        html.append("<table class=\"facts\">\n<tbody>\n");
        for (PackBlock.Fact fact : block.facts()) {
            html.append("<tr><th scope=\"row\">").append(Html.escape(fact.label())).append("</th><td>")
                    .append(Html.lines(fact.value())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        return null;
    }

    @Override
    public Void table(PackBlock.Table block) {
        html.append("<table class=\"grid\">\n");
        if (!block.weights().isEmpty()) {
            int sum = block.weights().stream().mapToInt(Integer::intValue).sum();
            html.append("<colgroup>");
            block.weights().forEach(w -> html.append("<col style=\"width: ").append(100 * w / sum).append("%\"/>"));
            html.append("</colgroup>\n");
        }
        html.append("<thead><tr>");
        block.header().forEach(h -> html.append("<th scope=\"col\">").append(Html.escape(h)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : block.rows()) {
            html.append("<tr>");
            row.forEach(value -> html.append("<td>").append(Html.lines(value)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        return null;
    }

    @Override
    public Void note(PackBlock.Note block) {
        html.append("<p class=\"note\">").append(Html.escape(block.text())).append("</p>\n");
        return null;
    }
}
