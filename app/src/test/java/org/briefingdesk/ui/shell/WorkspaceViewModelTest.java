package org.briefingdesk.ui.shell;

import static org.briefingdesk.testutil.RecordBuilder.aPerson;
import static org.briefingdesk.testutil.RecordBuilder.anEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.briefingdesk.logic.briefing.BriefingTarget;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.ui.StoreFixture;
import org.briefingdesk.ui.briefings.BriefingDesktop;
import org.briefingdesk.ui.briefings.BriefingsViewModel;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.Debouncer;
import org.briefingdesk.ui.common.SameThreadTasks;
import org.briefingdesk.ui.records.RecordRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The window's navigation and page wiring without a window: the section property stands in for the
 * navigation list, each section counts as shown as soon as it is chosen (as the view does), and background
 * work completes when the test lets it, as it would a moment after the click in the window.
 */
@ResourceLock(Locks.FX_TOOLKIT)
class WorkspaceViewModelTest extends StoreFixture {
    private final Localization czech = Localization.forLanguage("cs");
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.OVERVIEW);
    private final SimpleObjectProperty<WindowServices> services = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty readOnly = new SimpleBooleanProperty(false);
    private final HeldTasks tasks = new HeldTasks();
    private RecordStore store;
    private WorkspaceViewModel workspace;

    private WorkspaceViewModel workspace() {
        store = sampleStore();
        services.set(new FakeWindowServices(store, czech));
        workspace = new WorkspaceViewModel(section, services, readOnly, czech, tasks,
                open -> new BriefingsViewModel(new BriefingsViewModel.Context(open.store(), czech,
                        new SameThreadTasks(), Debouncer.immediate(), Runnable::run,
                        new BriefingDesktop(null, null, null), LocalDate.of(2025, 4, 1), "tester")));
        // What the view does when a section is chosen: builds its page from the models, which then counts as shown.
        section.addListener((obs, old, now) -> show(now));
        show(section.get());
        tasks.settle();
        return workspace;
    }

    /** Opens a record as a click does, then lets the reading finish. */
    private void open(RecordKind kind, UUID id) {
        workspace.open(kind, id);
        tasks.settle();
    }

    private void choose(Section chosen) {
        section.set(chosen);
        tasks.settle();
    }

    private void show(Section now) {
        if (now == Section.OVERVIEW) {
            workspace.overview();
        } else if (now == Section.BRIEFINGS) {
            workspace.briefings();
        } else {
            workspace.table(now);
        }
        workspace.shown(now);
    }

    private UUID selected(Section in) {
        return workspace.table(in).selectedIdProperty().get();
    }

    @Test
    void openingARecordShowsItsSectionWithItSelectedAndItsDetail() {
        workspace();
        open(RecordKind.PERSON, SampleIds.COOPER);
        assertEquals(Section.PEOPLE, section.get());
        assertEquals(SampleIds.COOPER, selected(Section.PEOPLE));
        assertEquals("Yvette Cooper", workspace.detail(Section.PEOPLE).detailProperty().get().title());
        assertEquals(SampleIds.COOPER, workspace.selectedId());
        assertEquals(RecordKind.PERSON, workspace.currentKind().orElseThrow());
    }

    @Test
    void backAndForwardRevisitTheRecordsOpenedWithoutAddingToTheHistory() {
        workspace();
        assertFalse(workspace.canGoBack().get());
        open(RecordKind.PERSON, SampleIds.COOPER);
        open(RecordKind.EVENT, SampleIds.SUMMIT);
        open(RecordKind.PERSON, SampleIds.RAKUSAN);
        workspace.goBack();
        tasks.settle();
        assertEquals(Section.EVENTS, section.get());
        assertEquals(SampleIds.SUMMIT, selected(Section.EVENTS));
        workspace.goBack();
        tasks.settle();
        assertEquals(SampleIds.COOPER, selected(Section.PEOPLE));
        assertFalse(workspace.canGoBack().get(), "the first record opened");
        workspace.goForward();
        tasks.settle();
        workspace.goForward();
        tasks.settle();
        assertEquals(SampleIds.RAKUSAN, selected(Section.PEOPLE));
        assertFalse(workspace.canGoForward().get(), "revisiting added nothing after the last record");
    }

    @Test
    void theFirstRowARecordSectionShowsByItselfIsNoPlaceInTheHistoryUntilItIsClicked() {
        workspace();
        choose(Section.EVENTS);
        assertTrue(selected(Section.EVENTS) != null, "the detail pane is not blank");
        choose(Section.PEOPLE);
        assertFalse(workspace.canGoBack().get());
        workspace.rowChosen(Section.PEOPLE);
        open(RecordKind.EVENT, SampleIds.SUMMIT);
        assertTrue(workspace.canGoBack().get(), "the clicked row is a place to come back to");
    }

    @Test
    void whileAFormIsOpenTheHistoryAndRecordActionsWait() {
        workspace();
        open(RecordKind.PERSON, SampleIds.COOPER);
        open(RecordKind.PERSON, SampleIds.RAKUSAN);
        assertTrue(workspace.canChangeRecords().get());
        workspace.formOpenProperty().set(true);
        assertFalse(workspace.canGoBack().get());
        assertFalse(workspace.canChangeRecords().get());
        workspace.goBack();
        tasks.settle();
        assertEquals(SampleIds.RAKUSAN, selected(Section.PEOPLE), "Alt+Left does nothing under a form");
        workspace.formOpenProperty().set(false);
        workspace.goBack();
        tasks.settle();
        assertEquals(SampleIds.COOPER, selected(Section.PEOPLE));
    }

    @Test
    void recordActionsNeedARecordSectionAndAWritableFile() {
        workspace();
        assertFalse(workspace.canChangeRecords().get(), "the overview lists no records");
        choose(Section.EVENTS);
        assertTrue(workspace.canChangeRecords().get());
        readOnly.set(true);
        assertFalse(workspace.canChangeRecords().get(), "another copy writes the file");
        readOnly.set(false);
        choose(Section.BRIEFINGS);
        assertFalse(workspace.canChangeRecords().get());
    }

    @Test
    void afterAChangeTheSectionOnScreenReadsAgainAndTheOthersWhenShownNext() {
        workspace();
        choose(Section.EVENTS);
        choose(Section.PEOPLE);
        int people = workspace.table(Section.PEOPLE).rows().size();
        int events = workspace.table(Section.EVENTS).rows().size();
        store.people().save(aPerson().with(Person::givenName, "Ylva").with(Person::familyName, "Johansson").build());
        store.events().save(anEvent().with(Event::title, "Rada JHA").build());
        workspace.dataChanged();
        tasks.settle();
        assertEquals(people + 1, workspace.table(Section.PEOPLE).rows().size(), "the section on screen");
        assertEquals(events, workspace.table(Section.EVENTS).rows().size(), "off screen: not read yet");
        choose(Section.EVENTS);
        assertEquals(events + 1, workspace.table(Section.EVENTS).rows().size(), "read once shown");
    }

    @Test
    void preparingABriefingFromADetailFillsTheTarget() {
        workspace();
        open(RecordKind.PERSON, SampleIds.COOPER);
        workspace.prepareBriefing(RecordKind.PERSON, SampleIds.COOPER);
        tasks.settle();
        assertEquals(Section.BRIEFINGS, section.get());
        BriefingsViewModel briefings = workspace.briefings();
        assertEquals(BriefingTarget.Kind.PERSON, briefings.kindProperty().get());
        assertEquals(SampleIds.COOPER, briefings.targetProperty().get().id());
    }

    @Test
    void aReopenedStoreGetsNewPages() {
        workspace();
        choose(Section.PEOPLE);
        var before = workspace.table(Section.PEOPLE);
        workspace.forget();
        assertNull(workspace.selectedId(), "no page is built any more");
        assertTrue(before != workspace.table(Section.PEOPLE));
        RecordRow first = workspace.table(Section.PEOPLE).rows().stream().findFirst().orElse(null);
        assertNull(first, "a new page reads once it is shown");
    }

    /** Holds background work until {@link #settle}: what the window sees of the database a moment later. */
    private static final class HeldTasks implements BackgroundTasks {
        private final List<Runnable> pending = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            pending.add(() -> new SameThreadTasks().run(work, onSuccess, onFailure));
        }

        /** Runs what is waiting, and what that asks for, until nothing is. */
        void settle() {
            while (!pending.isEmpty()) {
                pending.remove(0).run();
            }
        }
    }
}
