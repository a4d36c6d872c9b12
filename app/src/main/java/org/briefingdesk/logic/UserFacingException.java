package org.briefingdesk.logic;

import org.briefingdesk.logic.i18n.Localization;

/**
 * A failure the user can understand and act on. It carries a bundle key, not a sentence, so that
 * the window and the command line can say it in the user's language.
 */
public class UserFacingException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public UserFacingException(String key, Object... args) {
        this(null, key, args);
    }

    public UserFacingException(Throwable cause, String key, Object... args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The one sentence to show the user. */
    public String localizedMessage(Localization l10n) {
        return l10n.get(key, args);
    }
}
