package org.briefingdesk.logic.briefing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StatementKind;
import org.briefingdesk.model.StatusChange;

/**
 * Their statements grouped by topic, and our statements with the commitments made in them: status,
 * due date and the dated status history. Verbatim quotes are marked as such.
 */
final class StatementSections {
    private final PackWording words;

    StatementSections(PackWording words) {
        this.words = words;
    }

    PackSection theirs(BriefingScope scope) {
        Map<String, List<Statement>> byTopic = new LinkedHashMap<>();
        for (Statement statement : scope.theirStatements()) {
            String topic = statement.topicIds().stream().map(words::topic).flatMap(Optional::stream).findFirst()
                    .orElse(words.get("briefing.label.noTopic"));
            byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(statement);
        }
        List<PackBlock> blocks = new ArrayList<>();
        byTopic.forEach((topic, statements) -> {
            blocks.add(new PackBlock.Subheading(topic));
            statements.forEach(s -> addStatement(s, scope, blocks));
        });
        return section("briefing.section.theirStatements", blocks);
    }

    PackSection ours(BriefingScope scope) {
        List<PackBlock> blocks = new ArrayList<>();
        scope.ourStatements().forEach(s -> addStatement(s, scope, blocks));
        return section("briefing.section.ourStatements", blocks);
    }

    private void addStatement(Statement s, BriefingScope scope, List<PackBlock> blocks) {
        boolean verbatim = s.kind() == StatementKind.VERBATIM_QUOTE;
        blocks.add(new PackBlock.Quote(s.text(), verbatim, words.of(s.kind()), words.attribution(s)));
        String topics = words.topics(s.topicIds());
        if (!topics.isEmpty()) {
            blocks.add(new PackBlock.Paragraph(words.get("briefing.label.topics"), topics));
        }
        boolean foreign = !s.language().equals(words.language());
        if (!s.translation().isEmpty() && foreign) {
            blocks.add(new PackBlock.Paragraph(words.get("briefing.label.translation"), s.translation()));
        }
        for (Commitment c : scope.commitmentsOf(s)) {
            addCommitment(c, blocks);
        }
    }

    private void addCommitment(Commitment c, List<PackBlock> blocks) {
        String status = words.get("briefing.label.status") + ": " + words.of(c.status())
                + (c.dueDate() == null ? "" : "; " + words.get("briefing.label.due") + ": " + words.date(c.dueDate()));
        blocks.add(new PackBlock.Paragraph(words.get("briefing.label.commitment"), c.text() + "\n" + status));
        if (!c.history().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (StatusChange change : c.history()) {
                rows.add(List.of(words.date(change.date()), words.of(change.status()), change.note()));
            }
            blocks.add(new PackBlock.Table(List.of(words.get("briefing.label.date"),
                    words.get("briefing.label.status"), words.get("briefing.label.note")), rows, List.of(16, 20, 64)));
        }
    }

    private PackSection section(String key, List<PackBlock> blocks) {
        if (blocks.isEmpty()) {
            blocks.add(new PackBlock.Note(words.get("briefing.none")));
        }
        return new PackSection(words.get(key), blocks);
    }
}
