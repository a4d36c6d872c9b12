package org.briefingdesk.bench.start;

/** A child of the start benchmark did not report what it was asked to. */
public final class StartBenchmarkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StartBenchmarkException(String message, Throwable cause) {
        super(message, cause);
    }
}
