package org.briefingdesk.cli;

/** The exit codes PRODUCT.md promises to scripts. */
final class ExitCode {
    static final int OK = 0;
    /** The user can fix it: a one-line message says how. */
    static final int USER_ERROR = 1;
    /** A bug or an environment failure: the message names the log file. */
    static final int INTERNAL_ERROR = 2;

    private ExitCode() {
    }
}
