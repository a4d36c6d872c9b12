package org.briefingdesk.logic.rules;

import org.briefingdesk.logic.i18n.Localization;

/** One broken rule: the field it concerns and the bundle key (with arguments) of its sentence. */
public record Violation(String field, String key, Object... args) {
    public String message(Localization l10n) {
        return l10n.get(key, args);
    }
}
