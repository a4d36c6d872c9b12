package org.briefingdesk.testutil;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/** Waiting for the FX thread in tests. */
public final class FxSettle {
    private static final long TIMEOUT_SECONDS = 30;

    private FxSettle() {
    }

    /**
     * Lets what the FX thread has been given land: every event and runnable queued so far (and what they queue),
     * then a pulse (CSS, layout) and what that pulse queues. TestFX's {@code waitForFxEvents} does this by waiting
     * on the FX thread five times with 10 ms asleep after each, at least 50 ms; this waits for one frame at most,
     * and a window test settles hundreds of times. Work on other threads is to be waited for by its result.
     */
    public static void settle() {
        CountDownLatch settled = new CountDownLatch(1);
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                Platform.runLater(settled::countDown); // after this pulse's layout
            }
        }.start());
        try {
            if (!settled.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the FX thread did not settle within " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
