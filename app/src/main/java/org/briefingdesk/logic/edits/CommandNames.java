package org.briefingdesk.logic.edits;

import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;

/** The names of edits in the menu: "vytvoření osoby Yvette Cooper", "smazání akce Border Security Summit". */
final class CommandNames {
    private CommandNames() {
    }

    static String create(Localization l10n, StoredRecord record) {
        return l10n.get("ui.undo.create", kind(l10n, record.recordKind()), RecordLabels.label(record));
    }

    static String edit(Localization l10n, StoredRecord record) {
        return l10n.get("ui.undo.edit", kind(l10n, record.recordKind()), RecordLabels.label(record));
    }

    static String delete(Localization l10n, StoredRecord record) {
        return l10n.get("ui.undo.delete", kind(l10n, record.recordKind()), RecordLabels.label(record));
    }

    /** The kind in the genitive ("osoby", "výroku"), as Czech names an action's object. */
    private static String kind(Localization l10n, RecordKind kind) {
        return switch (kind) {
            case EVENT -> l10n.get("ui.undo.of.event");
            case REPORT -> l10n.get("ui.undo.of.report");
            case PERSON -> l10n.get("ui.undo.of.person");
            case ORGANISATION -> l10n.get("ui.undo.of.organisation");
            case STATEMENT -> l10n.get("ui.undo.of.statement");
            case COMMITMENT -> l10n.get("ui.undo.of.commitment");
            case TOPIC -> l10n.get("ui.undo.of.topic");
        };
    }
}
