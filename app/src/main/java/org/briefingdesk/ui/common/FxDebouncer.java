package org.briefingdesk.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the FX thread's timeline: the action runs on the FX thread after a quiet pause. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;

    public FxDebouncer(java.time.Duration quiet) { // another type of this name is imported
        this.pause = new PauseTransition(Duration.millis(quiet.toMillis()));
    }

    @Override
    public void schedule(Runnable action) {
        pause.setOnFinished(e -> action.run());
        pause.playFromStart();
    }
}
