package org.briefingdesk.logic.store;

/**
 * Where records are kept: how to open a store, how to check, back up and restore its files, and how
 * to connect to a team server.
 */
public record Storage(StoreOpener opener, StoreFiles files, ServerOpener servers) {
    /** Files only. */
    public Storage(StoreOpener opener, StoreFiles files) {
        this(opener, files, ServerOpener.NONE);
    }
}
