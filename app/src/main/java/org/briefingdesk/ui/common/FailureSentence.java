package org.briefingdesk.ui.common;

import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.i18n.Localization;

/**
 * The one place that turns a failure into the sentence the user reads: a {@link UserFacingException} says
 * what went wrong in the user's language; anything else gets the general sentence of the place it happened
 * (the log already has its stack trace).
 */
public final class FailureSentence {
    /** "Nastala neočekávaná chyba. Nic se neztratilo…" unless the failure says more. */
    public static final String UNEXPECTED = "ui.error.unexpected";
    /** "Záznamy se nepodařilo načíst…" unless the failure says more. */
    public static final String LOAD_FAILED = "ui.error.loadFailed";

    private FailureSentence() {
    }

    public static String of(Throwable failure, Localization l10n) {
        return of(failure, l10n, UNEXPECTED);
    }

    /** @param fallbackKey the bundle key of the sentence for a failure that says nothing to the user */
    public static String of(Throwable failure, Localization l10n, String fallbackKey) {
        return failure instanceof UserFacingException user ? user.localizedMessage(l10n) : l10n.get(fallbackKey);
    }
}
