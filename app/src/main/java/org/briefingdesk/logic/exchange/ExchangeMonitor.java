package org.briefingdesk.logic.exchange;

/**
 * Progress and cancel of an export or import: the window maps it onto a JavaFX task, the command line ignores it.
 * A cancelled run throws {@link Cancelled} and leaves the database and the target file as they were.
 */
@FunctionalInterface
public interface ExchangeMonitor {
    ExchangeMonitor NONE = () -> false;

    /**
     * {@code done} of {@code total} records read or written (total 0 when not known yet). Nobody watches unless
     * a monitor says otherwise.
     */
    default void progress(long done, long total) {
    }

    boolean isCancelled();

    /** Throws when the user cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new Cancelled();
        }
    }

    /** The user cancelled: nothing was written. */
    final class Cancelled extends ExchangeException {
        private static final long serialVersionUID = 1L;

        public Cancelled() {
            super("exchange.cancelled");
        }
    }
}
