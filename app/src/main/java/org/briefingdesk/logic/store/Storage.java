package org.briefingdesk.logic.store;

/** Where records are kept: how to open a store, and how to check, back up and restore its files. */
public record Storage(StoreOpener opener, StoreFiles files) {
}
