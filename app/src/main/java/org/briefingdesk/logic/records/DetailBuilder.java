package org.briefingdesk.logic.records;

import java.util.ArrayList;
import java.util.List;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.StoredRecord;

/** Collects a record's fields and link groups, leaving out what is empty so the pane shows no blank rows. */
final class DetailBuilder {
    private final Localization l10n;
    private final List<DetailField> fields = new ArrayList<>();
    private final List<LinkGroup> groups = new ArrayList<>();

    DetailBuilder(Localization l10n) {
        this.l10n = l10n;
    }

    /** Adds the field labelled by bundle key {@code labelKey} unless {@code value} is blank. */
    DetailBuilder field(String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new DetailField(l10n.get(labelKey), value));
        }
        return this;
    }

    DetailBuilder field(String labelKey, Object value) {
        return field(labelKey, value == null ? null : String.valueOf(value));
    }

    /** Adds a field whose stored value does not read: it shows as invalid instead of as empty. */
    DetailBuilder invalid(String label) {
        fields.add(new DetailField(label, l10n.get("detail.value.invalid")));
        return this;
    }

    /** Adds the group labelled by bundle key {@code labelKey} unless it has no links. */
    DetailBuilder links(String labelKey, List<RecordLink> links) {
        return links(labelKey, links, links.size(), null);
    }

    /** The same for a group of which the first links were read, {@code total} in all, the others from {@code rest}. */
    DetailBuilder links(String labelKey, List<RecordLink> links, long total, LinkGroup.LinkWindows rest) {
        if (!links.isEmpty()) {
            groups.add(new LinkGroup(l10n.get(labelKey), links, total, rest));
        }
        return this;
    }

    static RecordLink link(StoredRecord record, String note) {
        return new RecordLink(record.id(), record.recordKind(), RecordLabels.label(record), note);
    }

    List<DetailField> fields() {
        return fields;
    }

    List<LinkGroup> groups() {
        return groups;
    }
}
