package org.briefingdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.SimpleBooleanProperty;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.testutil.Locks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The one background-task idiom: busy flag, outcome, latest-only, and the failure's sentence. */
@ResourceLock(Locks.FX_TOOLKIT)
class BackgroundTaskTest {
    private final Localization czech = Localization.forLanguage("cs");

    @Test
    void busyWhileRunningAndClearedBeforeTheOutcomeIsHandedOn() {
        HeldTasks tasks = new HeldTasks();
        SimpleBooleanProperty busy = new SimpleBooleanProperty();
        List<String> seen = new ArrayList<>();
        BackgroundTask.of(() -> "rows").showingBusy(busy)
                .onRunning(() -> seen.add("running, busy " + busy.get()))
                .onSuccess(result -> seen.add(result + ", busy " + busy.get()))
                .runWith(tasks);
        assertTrue(busy.get(), "busy until the work is done");
        tasks.complete(0);
        assertFalse(busy.get());
        assertEquals(List.of("running, busy true", "rows, busy false"), seen);
    }

    @Test
    void aHandlerMayStartTheNextTaskOnTheSameFlag() {
        HeldTasks tasks = new HeldTasks();
        SimpleBooleanProperty busy = new SimpleBooleanProperty();
        BackgroundTask.of(() -> 1).showingBusy(busy)
                .onSuccess(made -> BackgroundTask.of(() -> 2).showingBusy(busy).runWith(tasks))
                .runWith(tasks);
        tasks.complete(0);
        assertTrue(busy.get(), "the second task is running");
        tasks.complete(1);
        assertFalse(busy.get());
    }

    @Test
    void aFailureGoesToTheFailureHandlerOnly() {
        SimpleBooleanProperty busy = new SimpleBooleanProperty();
        List<Object> seen = new ArrayList<>();
        IllegalStateException broken = new IllegalStateException("disk");
        BackgroundTask.of(() -> {
            throw broken;
        }).showingBusy(busy).onSuccess(seen::add).onFailure(seen::add).runWith(new SameThreadTasks());
        assertEquals(List.of(broken), seen);
        assertFalse(busy.get());
    }

    @Test
    void onlyTheNewestRunOfALatestOnlyDeliversWhateverOrderTheAnswersComeIn() {
        HeldTasks tasks = new HeldTasks();
        LatestOnly typing = new LatestOnly();
        SimpleBooleanProperty busy = new SimpleBooleanProperty();
        List<String> shown = new ArrayList<>();
        for (String query : List.of("r", "ra", "rak")) {
            BackgroundTask.of(() -> query).showingBusy(busy).latestOf(typing).onSuccess(shown::add)
                    .onFailure(failure -> shown.add("failed")).runWith(tasks);
        }
        tasks.complete(0);
        tasks.fail(1, new IllegalStateException("slow and broken"));
        assertTrue(busy.get(), "superseded answers leave the newest run busy");
        assertEquals(List.of(), shown);
        tasks.complete(2);
        assertEquals(List.of("rak"), shown);
        assertFalse(busy.get());

        BackgroundTask.of(() -> "rakusan").latestOf(typing).onSuccess(shown::add).runWith(tasks);
        typing.supersede(); // the field was cleared
        tasks.complete(3);
        assertEquals(List.of("rak"), shown, "a cleared question's answer is dropped");
    }

    @Test
    void theFailureSentenceIsTheUsersOwnOrThePlacesGeneralOne() {
        UserFacingException full = new UserFacingException("error.db.full", "a.db");
        assertEquals(czech.get("error.db.full", "a.db"), FailureSentence.of(full, czech));
        assertEquals(czech.get("error.db.full", "a.db"), FailureSentence.of(full, czech, FailureSentence.LOAD_FAILED));
        assertEquals(czech.get("ui.error.unexpected"), FailureSentence.of(new IllegalStateException(), czech));
        assertEquals(czech.get("ui.error.loadFailed"),
                FailureSentence.of(new IllegalStateException(), czech, FailureSentence.LOAD_FAILED));
    }

    /** Holds each piece of work until the test completes it, in any order: a slow database. */
    private static final class HeldTasks implements BackgroundTasks {
        private final List<Held<?>> held = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            held.add(new Held<>(work, onSuccess, onFailure));
        }

        void complete(int index) {
            held.get(index).complete();
        }

        void fail(int index, Throwable failure) {
            held.get(index).onFailure().accept(failure);
        }

        private record Held<T>(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            void complete() {
                new SameThreadTasks().run(work, onSuccess, onFailure);
            }
        }
    }
}
