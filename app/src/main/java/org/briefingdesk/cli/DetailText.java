package org.briefingdesk.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.DetailField;
import org.briefingdesk.logic.records.FieldLabels;
import org.briefingdesk.logic.records.LinkGroup;
import org.briefingdesk.logic.records.RecordDetail;
import org.briefingdesk.logic.records.RecordLink;
import org.briefingdesk.model.ChangeEntry;

/**
 * A record's detail as plain text for a terminal: title, fields (long values indented on their own
 * lines), linked records with their ids to {@code show} next, and the change history.
 */
record DetailText(Localization l10n, PrintWriter out) {
    private static final int INLINE_VALUE = 70;
    private static final String INDENT = "    ";

    /** When a change was made, in the user's language and time zone. */
    private String time(Instant when) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(l10n.locale()).withZone(ZoneId.systemDefault()).format(when);
    }

    void print(RecordDetail detail) {
        out.println(detail.title());
        out.println(l10n.of(detail.kind()) + " · " + detail.id());
        out.println();
        for (DetailField field : detail.fields()) {
            printField(field);
        }
        for (LinkGroup group : detail.linkGroups()) {
            out.println();
            out.println(group.label() + ":");
            for (RecordLink link : group.links()) {
                out.println("  • " + link.label() + (link.note().isEmpty() ? "" : " — " + link.note()));
                out.println(INDENT + l10n.of(link.kind()) + " " + link.id());
            }
            if (group.total() > group.links().size()) {
                out.println("  " + l10n.get("cli.show.rest", l10n.number(group.links().size()),
                        l10n.number(group.total())));
            }
        }
        if (!detail.history().isEmpty()) {
            out.println();
            out.println(l10n.get("cli.show.history"));
            for (ChangeEntry change : detail.history()) {
                String fields = change.changedFields().isEmpty() ? ""
                        : " · " + String.join(", ", FieldLabels.changed(l10n, change));
                out.println("  " + time(change.changedAt()) + " · " + l10n.of(change.action())
                        + " · " + change.changedBy() + fields);
            }
        }
    }

    private void printField(DetailField field) {
        String value = field.value();
        if (value.length() <= INLINE_VALUE && !value.contains("\n")) {
            out.println(field.label() + ": " + value);
            return;
        }
        out.println(field.label() + ":");
        for (String line : value.split("\\R")) {
            out.println(line.isEmpty() ? "" : INDENT + line);
        }
    }
}
