package org.briefingdesk.ui.shell;

/**
 * A restore failed after the file had been closed for it: the file was opened again as it was, and
 * the window carries on with {@link #reopened()}. The cause says why in the user's words.
 */
public final class RestoreFailedException extends RuntimeException {
    private final transient WindowServices reopened;

    public RestoreFailedException(RuntimeException cause, WindowServices reopened) {
        super(cause);
        this.reopened = reopened;
    }

    public WindowServices reopened() {
        return reopened;
    }
}
