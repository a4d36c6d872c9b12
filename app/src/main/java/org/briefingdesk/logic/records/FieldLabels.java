package org.briefingdesk.logic.records;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.ChangeEntry;
import org.briefingdesk.model.RecordKind;

/**
 * The names of a record's fields as people read them ("jméno", "given name"), from the bundles' keys
 * {@code field.<kind>.<record component>}: what the change history lists instead of {@code givenName}.
 */
public final class FieldLabels {
    private FieldLabels() {
    }

    /** The bundle key of a record component of a kind, e.g. {@code field.person.givenName}. */
    public static String key(RecordKind kind, String component) {
        return "field." + kind.name().toLowerCase(Locale.ROOT) + "." + component;
    }

    /** The field's name in the user's language; the component's own name if the bundles lack it. */
    public static String label(Localization l10n, RecordKind kind, String component) {
        try {
            return l10n.bundle().getString(key(kind, component));
        } catch (MissingResourceException e) {
            return component;
        }
    }

    /**
     * The changed fields of a history entry, named for the user, in the order recorded. The id is left out:
     * files written by earlier builds list it for every new record, though the store sets it.
     */
    public static List<String> changed(Localization l10n, ChangeEntry entry) {
        return entry.changedFields().stream().filter(field -> !field.equals("id"))
                .map(field -> label(l10n, entry.kind(), field)).toList();
    }
}
