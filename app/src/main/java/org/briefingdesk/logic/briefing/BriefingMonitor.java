package org.briefingdesk.logic.briefing;

/**
 * How a background run reports progress and learns that it was cancelled. A JavaFX {@code Task}
 * maps onto it directly: {@code progress} → {@code updateProgress}/{@code updateMessage},
 * {@code isCancelled} → {@code Task.isCancelled()}. Called on the working thread.
 */
@FunctionalInterface
public interface BriefingMonitor {
    /** For callers that neither watch nor cancel (the command line, tests). */
    BriefingMonitor NONE = () -> false;

    /**
     * {@code fraction} from 0 to 1; {@code step} says in the user's language what is being done. Nobody
     * watches unless a monitor says otherwise.
     */
    default void progress(double fraction, String step) {
    }

    boolean isCancelled();

    /** Stops the run here when it was cancelled: nothing half-made is kept. */
    default void checkpoint() {
        if (isCancelled()) {
            throw new BriefingCancelledException();
        }
    }
}
