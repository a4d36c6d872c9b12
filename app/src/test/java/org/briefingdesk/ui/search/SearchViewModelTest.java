package org.briefingdesk.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.search.SearchHit;
import org.briefingdesk.logic.search.SearchService;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.StoreFixture;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.Debouncer;
import org.briefingdesk.ui.common.SameThreadTasks;
import org.junit.jupiter.api.Test;

/** Results as you type, without a stage: hits, chips, hints, "no results", and stale answers dropped. */
class SearchViewModelTest extends StoreFixture {
    private static final Localization CS = new Localization(Localization.CZECH);

    private SearchViewModel viewModel(RecordStore store, BackgroundTasks tasks) {
        return new SearchViewModel(new SearchService(store.search()), tasks, Debouncer.immediate(), CS);
    }

    @Test
    void typingFindsRecordsAndCountsThemByKind() {
        SearchViewModel vm = viewModel(sampleStore(), new SameThreadTasks());
        vm.queryProperty().set("Cooperovou");
        assertTrue(vm.activeProperty().get());
        assertTrue(vm.hits().stream().anyMatch(h -> h.title().equals("Yvette Cooper")), vm.hits().toString());
        assertEquals(1L, vm.counts().get(RecordKind.PERSON));
        assertTrue(vm.statusProperty().get().startsWith("Nalezeno"), vm.statusProperty().get());

        vm.toggleKind(RecordKind.EVENT);
        assertTrue(vm.hits().stream().allMatch(h -> h.kind() == RecordKind.EVENT), vm.hits().toString());
        assertFalse(vm.hits().isEmpty());
        vm.toggleKind(RecordKind.EVENT);
        assertTrue(vm.hits().stream().anyMatch(h -> h.kind() == RecordKind.PERSON));
    }

    @Test
    void theTotalFollowsTheTypedKindAndTheChips() {
        SearchViewModel vm = viewModel(sampleStore(), new SameThreadTasks());
        vm.queryProperty().set("Londýn");
        long events = vm.counts().get(RecordKind.EVENT);
        long reports = vm.counts().get(RecordKind.REPORT);
        assertTrue(vm.totalProperty().get() > events, vm.counts().toString());

        vm.queryProperty().set("typ:akce Londýn");
        assertEquals(events, vm.totalProperty().get());
        assertEquals("Nalezeno: " + events, vm.statusProperty().get());
        assertEquals(reports, vm.counts().get(RecordKind.REPORT), "a chip still says what it would add");

        vm.queryProperty().set("Londýn");
        vm.toggleKind(RecordKind.REPORT);
        vm.toggleKind(RecordKind.EVENT);
        assertEquals(events + reports, vm.totalProperty().get());
    }

    @Test
    void hintsAndNoResultsSuggestDroppingAFilter() {
        SearchViewModel vm = viewModel(sampleStore(), new SameThreadTasks());
        vm.queryProperty().set("Rakušan typ:nesmysl země:JP");
        assertTrue(vm.hintProperty().get().contains("typ:nesmysl"), vm.hintProperty().get());
        assertTrue(vm.hits().isEmpty());
        assertTrue(vm.statusProperty().get().contains("odebrat"), vm.statusProperty().get());

        vm.queryProperty().set("");
        assertFalse(vm.activeProperty().get());
        assertTrue(vm.hits().isEmpty());
        assertEquals("", vm.statusProperty().get());
    }

    /** Holds background work until the test releases it, in any order. */
    private static final class HeldTasks implements BackgroundTasks {
        final List<Runnable> pending = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            pending.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }
    }

    @Test
    void anAnswerToAnOlderQuestionIsThrownAway() {
        HeldTasks tasks = new HeldTasks();
        SearchViewModel vm = viewModel(sampleStore(), tasks);
        vm.queryProperty().set("Rakušan");
        vm.queryProperty().set("Cooper");
        assertTrue(vm.busyProperty().get());
        assertEquals(2, tasks.pending.size());
        tasks.pending.get(1).run(); // the newer answer first
        List<String> fresh = vm.hits().stream().map(SearchHit::title).toList();
        tasks.pending.get(0).run(); // then the stale one, which must not replace it
        assertFalse(vm.busyProperty().get());
        List<String> titles = vm.hits().stream().map(SearchHit::title).toList();
        assertEquals(fresh, titles, "the stale answer changed nothing");
        assertTrue(titles.contains("Yvette Cooper"), titles.toString());
    }
}
