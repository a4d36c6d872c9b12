package org.briefingdesk.logic.briefing;

import java.util.ArrayList;
import java.util.List;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Report;

/**
 * Where they met our side, most recent first: when, where, who, about what, and the outcomes from
 * the reports (of the meeting itself, or of the summit it took place on the margins of).
 */
record MeetingHistorySection(PackWording words, OurSide ours) {
    PackSection build(BriefingScope scope) {
        List<PackBlock> blocks = new ArrayList<>();
        for (Event meeting : scope.meetings()) {
            blocks.add(new PackBlock.Subheading(words.dateRange(meeting.startDate(), meeting.endDate())
                    + " — " + meeting.title()));
            blocks.add(new PackBlock.Facts(facts(meeting)));
            if (!meeting.summary().isEmpty()) {
                blocks.add(new PackBlock.Paragraph(words.get("briefing.label.summary"), meeting.summary()));
            }
            for (Report report : outcomeReports(meeting, scope.reports())) {
                blocks.add(new PackBlock.Paragraph(words.get("briefing.label.outcomes", report.title()),
                        report.outcomes()));
            }
        }
        if (blocks.isEmpty()) {
            blocks.add(new PackBlock.Note(words.get("briefing.none")));
        }
        return new PackSection(words.get("briefing.section.meetings"), blocks);
    }

    private List<PackBlock.Fact> facts(Event meeting) {
        List<PackBlock.Fact> facts = new ArrayList<>();
        facts.add(new PackBlock.Fact(words.get("briefing.label.kind"), words.of(meeting.kind())));
        String country = words.country(meeting.countryCode());
        String place = meeting.city().isEmpty() ? country : meeting.city() + (country.isEmpty() ? "" : ", " + country);
        add(facts, "briefing.label.place", place);
        words.lookup().event(meeting.parentId()).ifPresent(parent -> facts.add(new PackBlock.Fact(
                words.get("briefing.label.partOf"),
                parent.title() + " (" + words.dateRange(parent.startDate(), parent.endDate()) + ")")));
        add(facts, "briefing.label.ourSide", String.join("\n", words.participants(meeting, true, ours)));
        add(facts, "briefing.label.theirSide", String.join("\n", words.participants(meeting, false, ours)));
        add(facts, "briefing.label.subjects", words.topics(meeting.topicIds()));
        return facts;
    }

    /** The meeting's own reports with outcomes; failing those, its parent event's. */
    private static List<Report> outcomeReports(Event meeting, List<Report> reports) {
        List<Report> own = reports.stream()
                .filter(r -> meeting.id().equals(r.eventId()) && !r.outcomes().isEmpty()).toList();
        if (!own.isEmpty() || meeting.parentId() == null) {
            return own;
        }
        return reports.stream().filter(r -> meeting.parentId().equals(r.eventId()) && !r.outcomes().isEmpty()).toList();
    }

    private void add(List<PackBlock.Fact> facts, String key, String value) {
        if (!value.isBlank()) {
            facts.add(new PackBlock.Fact(words.get(key), value));
        }
    }
}
