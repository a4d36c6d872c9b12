package org.briefingdesk.cli;

/** The exit codes PRODUCT.md promises to scripts. */
public final class ExitCode {
    public static final int OK = 0;
    /** The user can fix it: a one-line message says how. */
    public static final int USER_ERROR = 1;
    /** A bug or an environment failure: the message names the log file. */
    public static final int INTERNAL_ERROR = 2;

    private ExitCode() {
    }
}
