package org.briefingdesk.logic.briefing;

import java.util.ArrayList;
import java.util.List;
import org.briefingdesk.model.FollowUp;
import org.briefingdesk.model.Report;

/** The follow-up actions of the reports that are not done yet: what, by when, from which report. */
final class FollowUpSection {
    private final PackWording words;

    FollowUpSection(PackWording words) {
        this.words = words;
    }

    PackSection build(BriefingScope scope) {
        List<List<String>> rows = new ArrayList<>();
        for (Report report : scope.reports()) {
            for (FollowUp followUp : report.followUps()) {
                if (!followUp.done()) {
                    String from = report.title()
                            + (report.date() == null ? "" : " (" + words.date(report.date()) + ")");
                    String due = followUp.dueDate() == null ? words.get("briefing.label.noDue")
                            : words.date(followUp.dueDate());
                    rows.add(List.of(followUp.action(), due, from));
                }
            }
        }
        List<PackBlock> blocks = rows.isEmpty() ? List.of(new PackBlock.Note(words.get("briefing.none")))
                : List.of(new PackBlock.Table(List.of(words.get("briefing.label.action"),
                words.get("briefing.label.due"), words.get("briefing.label.report")), rows, List.of(55, 13, 32)));
        return new PackSection(words.get("briefing.section.followUps"), blocks);
    }
}
