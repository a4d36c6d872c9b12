package org.briefingdesk.logic.briefing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.briefingdesk.logic.VisibleText;
import org.briefingdesk.model.Sensitivity;

/**
 * A briefing pack as a format-neutral document: a cover and sections of blocks. Every string in it
 * is already in the pack's language, so the PDF, DOCX and HTML writers only lay it out.
 *
 * @param title          "Podklad k jednání" / "Briefing"
 * @param targetLabel    whom or what it is about ("Yvette Cooper")
 * @param cover          the cover's facts: target, date prepared, author, sensitivity, records left out
 * @param sensitivity    the highest sensitivity of anything in the pack: the marking on every page
 * @param marking        that sensitivity as the page marking says it ("INTERNÍ")
 * @param pageLabel      "Strana {0} z {1}": the page-number pattern of paged formats
 * @param omittedRecords records above the chosen sensitivity that were left out
 */
public record BriefingPack(Locale locale, String title, String targetLabel, List<PackBlock.Fact> cover,
                           Sensitivity sensitivity, String marking, String pageLabel, LocalDate preparedOn,
                           String author, int omittedRecords, List<PackSection> sections) {
    public BriefingPack {
        targetLabel = VisibleText.of(targetLabel);
        author = VisibleText.of(author);
        cover = List.copyOf(cover);
        sections = List.copyOf(sections);
    }

    /** "Strana 2 z 5" in the pack's language. */
    public String pageNumber(int page, int pages) {
        return pageLabel.replace("{0}", Integer.toString(page)).replace("{1}", Integer.toString(pages));
    }
}
