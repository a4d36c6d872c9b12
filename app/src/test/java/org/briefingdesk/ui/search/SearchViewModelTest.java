package org.briefingdesk.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.search.SearchCounts;
import org.briefingdesk.logic.search.SearchHit;
import org.briefingdesk.logic.search.SearchQuery;
import org.briefingdesk.logic.search.SearchService;
import org.briefingdesk.logic.store.BatchWriter;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.SearchIndex;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Statement;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TypicalRecords;
import org.briefingdesk.ui.StoreFixture;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.Debouncer;
import org.briefingdesk.ui.common.SameThreadTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Results as you type, without a stage: hits, chips, hints, "no results", counts cut at a cap ("more than"), and
 * stale answers dropped.
 */
@ResourceLock(Locks.FX_TOOLKIT)
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

        void runAll() {
            while (!pending.isEmpty()) {
                pending.remove(0).run();
            }
        }

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

    /** The sample with this many more statements, each found by "Listování". */
    private RecordStore sampleStoreWithStatements(int count) {
        RecordStore store = sampleStore();
        UUID speaker = store.people().findAll().get(0).id();
        List<Statement> many = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            many.add(TypicalRecords.statement(speaker, null, "Listování výsledky hledání číslo " + i + "."));
        }
        store.batches().write(many, BatchWriter.AuditMode.STAMP);
        return store;
    }

    @Test
    void aLongResultIsHeldByCountAndReadInWindowsAsItIsScrolled() {
        RecordStore store = sampleStoreWithStatements(650);
        HeldTasks tasks = new HeldTasks();
        SearchViewModel vm = viewModel(store, tasks);
        vm.queryProperty().set("listování");
        tasks.runAll();
        assertEquals(650, vm.hits().size(), "every hit by count");
        assertEquals(650L, vm.totalProperty().get());
        assertEquals(SearchViewModel.PENDING, vm.hits().get(450), "not read yet: a placeholder");
        assertEquals(1, tasks.pending.size(), "its window is being read");
        tasks.runAll();
        List<UUID> scrolled = new ArrayList<>();
        for (int i = 0; i < vm.hits().size(); i++) {
            vm.hits().get(i);
            tasks.runAll(); // a window not read yet arrives
            scrolled.add(vm.hits().get(i).id());
        }
        List<UUID> whole = new SearchService(store.search()).search("listování", 1_000).hits().stream()
                .map(SearchHit::id).toList();
        assertEquals(whole, scrolled, "the windows make the whole list in its order");

        vm.queryProperty().set("listování číslo 7");
        vm.hits().get(0);
        vm.queryProperty().set("listování");
        tasks.runAll();
        assertEquals(650, vm.hits().size(), "a window read for an older question changed nothing");
        assertEquals(whole.subList(0, 200), vm.hits().subList(0, 200).stream().map(SearchHit::id).toList());
    }

    /** The file's index with its counts cut at a cap and said to be more, as the team server counts. */
    private record CappedCounts(SearchIndex index, long cap) implements SearchIndex {
        @Override
        public List<Match> search(SearchQuery query, int offset, int limit) {
            return index.search(query, offset, limit);
        }

        @Override
        public SearchCounts countByKind(SearchQuery query) {
            Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
            Set<RecordKind> moreThan = EnumSet.noneOf(RecordKind.class);
            index.countByKind(query).byKind().forEach((kind, count) -> {
                counts.put(kind, Math.min(count, cap));
                if (count > cap) {
                    moreThan.add(kind);
                }
            });
            return new SearchCounts(counts, moreThan);
        }

        @Override
        public void rebuild() {
            index.rebuild();
        }

        @Override
        public void optimize() {
            index.optimize();
        }
    }

    @Test
    void aCountCutAtTheCapSaysMoreThanAndScrollingGoesOnToTheLastHit() {
        RecordStore store = sampleStoreWithStatements(1_050);
        SearchService capped = new SearchService(new CappedCounts(store.search(), 1_000));
        HeldTasks tasks = new HeldTasks();
        SearchViewModel vm = new SearchViewModel(capped, tasks, Debouncer.immediate(), CS);
        vm.queryProperty().set("listování");
        tasks.runAll();
        assertEquals("Nalezeno: více než 1\u00a0000", vm.statusProperty().get());
        assertEquals("více než 1\u00a0000", vm.kindCount(RecordKind.STATEMENT));
        assertEquals(1_000, vm.hits().size(), "as many as counted, to begin with");

        List<UUID> scrolled = new ArrayList<>();
        for (int i = 0; i < vm.hits().size(); i++) {
            vm.hits().get(i);
            tasks.runAll();
            scrolled.add(vm.hits().get(i).id());
        }
        List<UUID> whole = new SearchService(store.search()).search("listování", 2_000).hits().stream()
                .map(SearchHit::id).toList();
        assertEquals(1_050, whole.size());
        assertEquals(whole, scrolled, "scrolling went on past the count to the last hit, and stopped there");
        assertEquals(1_050, vm.hits().size());

        SearchViewModel english = new SearchViewModel(capped, new SameThreadTasks(), Debouncer.immediate(),
                new Localization(Localization.ENGLISH));
        english.queryProperty().set("listování");
        assertEquals("Found: more than 1,000", english.statusProperty().get());
        assertEquals("more than 1,000", english.kindCount(RecordKind.STATEMENT));
        english.queryProperty().set("typ:osoba Cooperovou");
        assertEquals("Found: 1", english.statusProperty().get(), "a kind counted to the end is exact");
    }
}
