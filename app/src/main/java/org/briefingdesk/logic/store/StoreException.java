package org.briefingdesk.logic.store;

import org.briefingdesk.logic.UserFacingException;

/** The database file could not be opened, read or written. The key says why in the user's words. */
public class StoreException extends UserFacingException {
    public StoreException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }

    public StoreException(String key, Object... args) {
        super(key, args);
    }
}
