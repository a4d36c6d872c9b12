package org.briefingdesk.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.BatchWriter;
import org.briefingdesk.logic.store.RecordPages.Order;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.StoreException;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.testutil.TypicalRecords;
import org.briefingdesk.ui.StoreFixture;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.PagedList;
import org.briefingdesk.ui.common.SameThreadTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

@ResourceLock(Locks.FX_TOOLKIT)
class RecordTableViewModelTest extends StoreFixture {
    private final Localization czech = Localization.forLanguage("cs");
    private RecordStore store;

    @BeforeEach
    void loadSample() {
        store = sampleStore();
    }

    private RecordTableViewModel section(RecordKind kind, BackgroundTasks tasks) {
        return new RecordTableViewModel(SectionTable.of(kind), store, czech, tasks);
    }

    private static List<String> column(RecordTableViewModel vm, int column) {
        return vm.rows().stream().map(r -> r.cell(column).text()).toList();
    }

    @Test
    void eventsShowTitleKindCzechDatesPlaceAndParent() {
        RecordTableViewModel events = section(RecordKind.EVENT, new SameThreadTasks());
        events.loadIfNeeded();
        assertFalse(events.busyProperty().get());
        assertEquals(3, events.rows().size());
        RecordRow summit = events.find(SampleIds.SUMMIT).orElseThrow();
        assertEquals("Border Security Summit", summit.cell(0).text());
        assertEquals("summit", summit.cell(1).text());
        assertEquals("31. 3. 2025", summit.cell(2).text());
        assertTrue(summit.cell(4).text().startsWith("Londýn"), summit.cell(4).text());
        RecordRow ireland = events.find(SampleIds.MEETING_IRELAND).orElseThrow();
        assertEquals("bilaterální jednání", ireland.cell(1).text());
        assertEquals("Border Security Summit", ireland.cell(5).text());
    }

    @Test
    void englishTablesSpeakEnglishInTheirHeadersTopicsAndDates() {
        Localization english = Localization.forLanguage("en");
        RecordTableViewModel events = new RecordTableViewModel(SectionTable.of(RecordKind.EVENT), store, english,
                new SameThreadTasks());
        events.loadIfNeeded();
        assertEquals("31 Mar 2025", events.find(SampleIds.SUMMIT).orElseThrow().cell(2).text(),
                "the date as the detail pane shows it");
        RecordTableViewModel topics = new RecordTableViewModel(SectionTable.of(RecordKind.TOPIC), store, english,
                new SameThreadTasks());
        topics.loadIfNeeded();
        assertEquals("migration", topics.find(SampleIds.of("topic:migration")).orElseThrow().cell(0).text());
        for (RecordKind kind : List.of(RecordKind.ORGANISATION, RecordKind.TOPIC)) {
            assertEquals("Name", english.get(SectionTable.of(kind).columns().get(0).titleKey()), kind.toString());
            assertEquals("Název", czech.get(SectionTable.of(kind).columns().get(0).titleKey()), kind.toString());
        }
    }

    @Test
    void peopleSortByFamilyNameWithCzechCollation() {
        store.people().save(TypicalRecords.person("Jan", "Chládek"));
        store.people().save(TypicalRecords.person("Petr", "Hrubý"));
        store.people().save(TypicalRecords.person("Eva", "Čapková"));
        RecordTableViewModel people = section(RecordKind.PERSON, new SameThreadTasks());
        people.loadIfNeeded();
        // Cooper, Čapková (č after c), Hrubý, Chládek (ch after h), O'Callaghan, Rakušan
        assertEquals(List.of("Yvette Cooper", "Eva Čapková", "Petr Hrubý", "Jan Chládek", "Jim O'Callaghan",
                "Vít Rakušan"), column(people, 0).stream().map(String::strip).toList());
        RecordRow cooper = people.find(SampleIds.COOPER).orElseThrow();
        assertTrue(cooper.cell(3).text().contains("Ivette Cooperová"), cooper.cell(3).text());
    }

    @Test
    void firstRowIsSelectedAfterLoadingAndSelectionSurvivesAReload() {
        RecordTableViewModel events = section(RecordKind.EVENT, new SameThreadTasks());
        events.loadIfNeeded();
        assertEquals(events.rows().get(0).id(), events.selectedIdProperty().get());
        events.select(SampleIds.SUMMIT);
        events.reload();
        assertEquals(SampleIds.SUMMIT, events.selectedIdProperty().get());
    }

    @Test
    void aRecordJustCreatedIsSelectedWhenTheReloadItsSaveStartsArrives() {
        RecordTableViewModel people = section(RecordKind.PERSON, new SameThreadTasks());
        people.loadIfNeeded();
        Person created = TypicalRecords.person("Jan", "Zelený");
        store.people().save(created);
        // The window opens the saved record first, then the data change reloads the section.
        people.select(created.id());
        people.reload();
        assertEquals("Jan Zelený", people.rows().get(people.rows().size() - 1).cell(0).text(), "not the first row");
        assertEquals(created.id(), people.selectedIdProperty().get());
        assertEquals("Jan Zelený", people.find(created.id()).orElseThrow().cell(0).text());
    }

    @Test
    void theFirstRowAReloadFallsBackToIsMarkedAutomaticAndAChosenRecordIsNot() {
        RecordTableViewModel events = section(RecordKind.EVENT, new SameThreadTasks());
        List<String> seen = new ArrayList<>();
        events.selectedIdProperty().addListener((obs, old, id) ->
                seen.add((events.isSelectionAutomatic() ? "automatic " : "chosen ") + id));
        events.loadIfNeeded();
        UUID first = events.rows().get(0).id();
        UUID second = events.rows().get(1).id();
        events.select(second);
        events.reload(); // keeps the chosen record: no new selection
        assertEquals(List.of("automatic " + first, "chosen " + second), seen);
        assertFalse(events.isSelectionAutomatic());
    }

    @Test
    void selectionAskedForBeforeLoadingIsAppliedWhenRowsArrive() {
        DeferredTasks tasks = new DeferredTasks();
        RecordTableViewModel people = section(RecordKind.PERSON, tasks);
        people.select(SampleIds.RAKUSAN);
        assertTrue(people.busyProperty().get());
        assertTrue(people.rows().isEmpty());
        tasks.runAll();
        assertFalse(people.busyProperty().get());
        assertEquals(SampleIds.RAKUSAN, people.selectedIdProperty().get());
    }

    @Test
    void aFailedLoadSaysWhyInOneSentence() {
        RecordTableViewModel events = new RecordTableViewModel(SectionTable.of(RecordKind.EVENT), store, czech,
                new BackgroundTasks() {
                    @Override
                    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess,
                                        Consumer<? super Throwable> onFailure) {
                        onFailure.accept(new StoreException("error.db.busy", "/tmp/x.db"));
                    }
                });
        events.loadIfNeeded();
        assertFalse(events.busyProperty().get());
        assertEquals(czech.get("error.db.busy", "/tmp/x.db"), events.errorProperty().get());
    }

    @Test
    void everySectionHasRowsFromTheSample() {
        for (RecordKind kind : RecordKind.values()) {
            RecordTableViewModel vm = section(kind, new SameThreadTasks());
            vm.loadIfNeeded();
            assertFalse(vm.rows().isEmpty(), kind.name());
            assertEquals(SectionTable.of(kind).columns().size(), vm.rows().get(0).cells().size(), kind.name());
        }
    }

    @Test
    void aLargeSectionReadsTheWindowsScrolledToKeepsFewAndShowsAnEditWithItsSelectionAndOrder() {
        List<Person> many = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            many.add(TypicalRecords.person("Osoba", String.format("Příjmení %04d", i)));
        }
        store.batches().write(many, BatchWriter.AuditMode.STAMP);
        DeferredTasks tasks = new DeferredTasks();
        RecordTableViewModel people = section(RecordKind.PERSON, tasks);
        people.loadIfNeeded();
        tasks.runAll();
        int count = 3_000 + 3; // and the sample's people
        assertEquals(count, people.rows().size(), "counted in SQL");
        assertTrue(people.rows().get(2_500).id() == null, "not read yet: a placeholder");
        assertEquals(1, tasks.pending.size(), "its window is being read");
        tasks.runAll();
        assertEquals("Osoba Příjmení 2498", people.rows().get(2_500).cell(0).text(), "read as it is scrolled to");
        for (int i = 0; i < count; i += 50) {
            people.rows().get(i);
            tasks.runAll();
        }
        assertTrue(people.rows().heldItems() <= 25 * PagedList.WINDOW, "held: " + people.rows().heldItems());

        UUID chosen = people.rows().get(1_234).id();
        people.select(chosen);
        people.sortBy(new Order(0, true));
        tasks.runAll();
        assertEquals(chosen, people.selectedIdProperty().get(), "a new order keeps the selection");
        int[] positioned = {-1};
        people.setOnPositioned(index -> positioned[0] = index);
        Person renamed = RecordBuilder.from(store.people().findById(chosen).orElseThrow())
                .with(Person::familyName, "Aaron").build();
        store.people().save(renamed);
        people.reload();
        tasks.runAll();
        assertEquals(chosen, people.selectedIdProperty().get(), "an edit keeps the selection");
        assertEquals(new Order(0, true), people.order(), "and the order");
        assertEquals(count - 1, positioned[0], "Aaron is last when descending, and shown there");
        assertEquals("Osoba Aaron", people.rows().get(count - 1).cell(0).text());
    }

    /** Holds work until {@link #runAll}: the UI's view of a slow database. */
    static final class DeferredTasks implements BackgroundTasks {
        private final List<Runnable> pending = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            pending.add(() -> new SameThreadTasks().run(work, onSuccess, onFailure));
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(pending);
            pending.clear();
            now.forEach(Runnable::run);
        }
    }
}
