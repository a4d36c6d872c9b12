package org.briefingdesk.cli;

import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.RecordKind;

/** How the command line names record kinds in counts: section names for people, stable keys for JSON. */
public final class KindNames {
    private KindNames() {
    }

    /** "Akce", "Osoby"... as the navigation sections call them. */
    public static String plural(RecordKind kind, Localization l10n) {
        return l10n.get(switch (kind) {
            case EVENT -> "cli.kind.events";
            case REPORT -> "cli.kind.reports";
            case PERSON -> "cli.kind.people";
            case ORGANISATION -> "cli.kind.organisations";
            case STATEMENT -> "cli.kind.statements";
            case COMMITMENT -> "cli.kind.commitments";
            case TOPIC -> "cli.kind.topics";
        });
    }

    /** The key in {@code --json} output; part of the command line's contract, never translated. */
    public static String jsonKey(RecordKind kind) {
        return kind.plural();
    }
}
