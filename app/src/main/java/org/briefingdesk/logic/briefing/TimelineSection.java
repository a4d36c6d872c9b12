package org.briefingdesk.logic.briefing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatusChange;
import org.briefingdesk.model.Text;

/**
 * The topics involved, over time: every dated event, statement, report and commitment status change
 * in the pack, oldest first, with the topics it touches.
 */
final class TimelineSection {
    private final PackWording words;

    TimelineSection(PackWording words) {
        this.words = words;
    }

    private record Entry(LocalDate date, String what, List<UUID> topics) {
    }

    PackSection build(BriefingScope scope) {
        List<Entry> entries = new ArrayList<>();
        if (scope.subjectEvent() != null) {
            add(entries, scope.subjectEvent());
        }
        scope.meetings().forEach(e -> add(entries, e));
        for (Statement s : all(scope)) {
            entries.add(new Entry(s.date(), kind(RecordKind.STATEMENT) + " (" + words.person(s.speakerId()) + "): "
                    + RecordLabels.shorten(s.text()), s.topicIds()));
            for (Commitment c : scope.commitmentsOf(s)) {
                for (StatusChange change : c.history()) {
                    entries.add(new Entry(change.date(), kind(RecordKind.COMMITMENT) + " — " + words.of(change.status())
                            + ": " + RecordLabels.shorten(c.text()), c.topicIds()));
                }
            }
        }
        for (Report r : scope.reports()) {
            entries.add(new Entry(r.date(), kind(RecordKind.REPORT) + ": " + r.title(), r.topicIds()));
        }
        List<List<String>> rows = entries.stream().filter(e -> e.date() != null)
                .sorted(Comparator.comparing(Entry::date))
                .map(e -> List.of(words.date(e.date()), e.what(), words.topics(e.topics())))
                .distinct().toList();
        List<PackBlock> blocks = rows.isEmpty() ? List.of(new PackBlock.Note(words.get("briefing.none")))
                : List.of(new PackBlock.Table(List.of(words.get("briefing.label.date"),
                words.get("briefing.label.what"),
                words.get("briefing.label.topics")), rows, List.of(14, 56, 30)));
        return new PackSection(words.get("briefing.section.timeline"), blocks);
    }

    private void add(List<Entry> entries, Event e) {
        entries.add(new Entry(e.startDate(), Text.capitalised(words.of(e.kind())) + ": " + e.title(), e.topicIds()));
    }

    private String kind(RecordKind kind) {
        return Text.capitalised(words.of(kind));
    }

    private static List<Statement> all(BriefingScope scope) {
        List<Statement> all = new ArrayList<>(scope.theirStatements());
        all.addAll(scope.ourStatements());
        return all;
    }
}
