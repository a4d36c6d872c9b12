package org.briefingdesk.logic.exchange;

import org.briefingdesk.logic.UserFacingException;

/** A file that cannot be imported or written as asked: one sentence naming the file and what is wrong. */
public class ExchangeException extends UserFacingException {
    public ExchangeException(String key, Object... args) {
        super(key, args);
    }

    public ExchangeException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
