package org.briefingdesk.logic.records;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.briefingdesk.model.ChangeEntry;
import org.briefingdesk.model.RecordKind;

/**
 * One record as the detail pane and {@code briefing-desk show} present it: labelled fields in the
 * user's language, groups of links to the records linked to it, and its change history (oldest first).
 */
public record RecordDetail(UUID id, RecordKind kind, String title, List<DetailField> fields,
                           List<LinkGroup> linkGroups, List<ChangeEntry> history) {
    public RecordDetail {
        fields = List.copyOf(fields);
        linkGroups = List.copyOf(linkGroups);
        history = List.copyOf(history);
    }

    /** The value of the field with this label, if shown. */
    public Optional<String> field(String label) {
        return fields.stream().filter(f -> f.label().equals(label)).map(DetailField::value).findFirst();
    }

    /** The group with this label, if it has any links. */
    public Optional<LinkGroup> group(String label) {
        return linkGroups.stream().filter(g -> g.label().equals(label)).findFirst();
    }
}
