package org.briefingdesk.logic.records;

import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.RecordKind;

/** A kind of record in the case a sentence needs: Czech declines it ("Smazat osobu"), English does not. */
public final class KindWords {
    private KindWords() {
    }

    /** The kind as the object of a verb: "akci", "osobu", "zprávu". */
    public static String accusative(Localization l10n, RecordKind kind) {
        return switch (kind) {
            case EVENT -> l10n.get("kind.event.accusative");
            case REPORT -> l10n.get("kind.report.accusative");
            case PERSON -> l10n.get("kind.person.accusative");
            case ORGANISATION -> l10n.get("kind.organisation.accusative");
            case STATEMENT -> l10n.get("kind.statement.accusative");
            case COMMITMENT -> l10n.get("kind.commitment.accusative");
            case TOPIC -> l10n.get("kind.topic.accusative");
        };
    }
}
