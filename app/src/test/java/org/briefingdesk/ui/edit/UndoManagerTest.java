package org.briefingdesk.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.edits.DeleteRecordCommand;
import org.briefingdesk.logic.edits.SaveRecordCommand;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.RecordService;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Topic;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.ui.StoreFixture;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.SameThreadTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Undo and redo of create, edit and delete, with the action named for the menu. */
@ResourceLock(Locks.FX_TOOLKIT)
class UndoManagerTest extends StoreFixture {
    private final Localization czech = Localization.forLanguage("cs");
    private final List<Throwable> failures = new ArrayList<>();
    private RecordStore store;
    private RecordService records;
    private UndoManager undo;

    @BeforeEach
    void setUp() {
        store = sampleStore();
        records = new RecordService(store, czech);
        undo = new UndoManager(new SameThreadTasks(), czech);
    }

    @Test
    void anEditIsUndoneAndRedoneAndNamedInTheMenu() {
        Person cooper = store.people().findById(SampleIds.COOPER).orElseThrow();
        Person edited = RecordBuilder.from(cooper).with(Person::honorific, "Rt Hon").build();
        assertEquals("Zpět", undo.undoTextProperty().get());
        undo.execute(new SaveRecordCommand(records, cooper, edited), () -> { }, failures::add);
        assertEquals("Zpět: úprava osoby Rt Hon Yvette Cooper", undo.undoTextProperty().get());
        assertEquals("Rt Hon", store.people().findById(SampleIds.COOPER).orElseThrow().honorific());

        undo.undo(failures::add);
        assertEquals("", store.people().findById(SampleIds.COOPER).orElseThrow().honorific());
        assertFalse(undo.canUndoProperty().get());
        assertEquals("Znovu: úprava osoby Rt Hon Yvette Cooper", undo.redoTextProperty().get());

        undo.redo(failures::add);
        assertEquals("Rt Hon", store.people().findById(SampleIds.COOPER).orElseThrow().honorific());
        assertTrue(undo.canUndoProperty().get());
        assertFalse(undo.canRedoProperty().get());
        assertEquals(List.of(), failures);
    }

    @Test
    void undoingACreateDeletesTheRecordAndRedoBringsItBack() {
        Topic topic = RecordBuilder.aTopic().with(Topic::name, "návratová politika")
                .with(Topic::parentId, SampleIds.of("topic:migration"))
                .build();
        undo.execute(new SaveRecordCommand(records, null, topic), () -> { }, failures::add);
        assertEquals("Zpět: vytvoření tématu návratová politika", undo.undoTextProperty().get());
        assertTrue(store.topics().findById(topic.id()).isPresent());
        undo.undo(failures::add);
        assertTrue(store.topics().findById(topic.id()).isEmpty());
        undo.redo(failures::add);
        assertTrue(store.topics().findById(topic.id()).isPresent());
    }

    @Test
    void undoingADeleteRecreatesTheRecordAndItsLinks() {
        Event summit = store.events().findById(SampleIds.SUMMIT).orElseThrow();
        undo.execute(new DeleteRecordCommand(records, store, summit), () -> { }, failures::add);
        assertTrue(store.events().findById(SampleIds.SUMMIT).isEmpty());
        assertEquals(null, store.events().findById(SampleIds.MEETING_IRELAND).orElseThrow().parentId(),
                "side meetings lose their parent (SET NULL)");
        assertEquals("Zpět: smazání akce Border Security Summit", undo.undoTextProperty().get());

        undo.undo(failures::add);
        Event back = store.events().findById(SampleIds.SUMMIT).orElseThrow();
        assertEquals(summit.participants(), back.participants());
        assertEquals(summit.topicIds(), back.topicIds());
        assertEquals(SampleIds.SUMMIT, store.events().findById(SampleIds.MEETING_IRELAND).orElseThrow().parentId());
        assertEquals(SampleIds.SUMMIT, store.reports().findById(SampleIds.SUMMIT_REPORT).orElseThrow().eventId());
        assertEquals(SampleIds.SUMMIT,
                store.statements().findById(SampleIds.RAKUSAN_STATEMENT).orElseThrow().eventId());
        assertEquals(List.of(), failures);
    }

    @Test
    void undoingATopicDeletionPutsItsTagsBack() {
        UUID returns = SampleIds.of("topic:returns");
        Topic topic = store.topics().findById(returns).orElseThrow();
        undo.execute(new DeleteRecordCommand(records, store, topic), () -> { }, failures::add);
        assertFalse(store.statements().findById(SampleIds.RAKUSAN_STATEMENT).orElseThrow().topicIds()
                .contains(returns));
        undo.undo(failures::add);
        assertTrue(store.statements().findById(SampleIds.RAKUSAN_STATEMENT).orElseThrow().topicIds().contains(returns));
        assertTrue(store.commitments().findById(SampleIds.MIGRATION_LAW_COMMITMENT).orElseThrow().topicIds()
                .contains(returns));
    }

    @Test
    void undoAndRedoAskedForWhileACommandRunsWaitTheirTurnAndEndWhereTheyShould() {
        Deque<Runnable> pending = new ArrayDeque<>();
        UndoManager queued = new UndoManager(new BackgroundTasks() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess,
                                Consumer<? super Throwable> onFailure) {
                pending.add(() -> new SameThreadTasks().run(work, onSuccess, onFailure)); // runs when the test says
            }
        }, czech);
        Topic topic = RecordBuilder.aTopic().with(Topic::name, "návratová politika")
                .with(Topic::parentId, SampleIds.of("topic:migration"))
                .build();
        queued.execute(new SaveRecordCommand(records, null, topic), () -> { }, failures::add);
        pending.poll().run();
        assertTrue(store.topics().findById(topic.id()).isPresent());

        for (int i = 0; i < 10; i++) {
            queued.undo(failures::add);
            assertTrue(queued.canRedoProperty().get(), "the redo waiting for the undo can be asked for at once");
            queued.redo(failures::add);
        }
        assertEquals(1, pending.size(), "one step at a time");
        int steps = 0;
        while (!pending.isEmpty()) {
            pending.poll().run();
            steps++;
        }
        assertEquals(20, steps, "not one dropped");
        assertTrue(store.topics().findById(topic.id()).isPresent(), "ends where it started");
        assertTrue(queued.canUndoProperty().get());
        assertFalse(queued.canRedoProperty().get());
        assertEquals("Zpět: vytvoření tématu návratová politika", queued.undoTextProperty().get());
        assertEquals(List.of(), failures);
    }

    @Test
    void aRefusedDeletionIsNotUndoableAndSaysWhy() {
        Person rakusan = store.people().findById(SampleIds.RAKUSAN).orElseThrow();
        undo.execute(new DeleteRecordCommand(records, store, rakusan), () -> { }, failures::add);
        assertEquals(1, failures.size());
        assertEquals("rule.delete.speaker", ((UserFacingException) failures.get(0)).key());
        assertTrue(store.people().findById(SampleIds.RAKUSAN).isPresent());
        assertFalse(undo.canUndoProperty().get());
    }
}
