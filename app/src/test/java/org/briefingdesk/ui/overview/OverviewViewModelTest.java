package org.briefingdesk.ui.overview;

import static org.briefingdesk.testutil.RecordBuilder.anEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Commitment;
import org.briefingdesk.model.CommitmentStatus;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.ui.StoreFixture;
import org.briefingdesk.ui.common.CzechText;
import org.briefingdesk.ui.common.SameThreadTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

@ResourceLock(Locks.FX_TOOLKIT)
class OverviewViewModelTest extends StoreFixture {
    private static final LocalDate SUMMIT_DAY = LocalDate.of(2025, 3, 31);

    private OverviewViewModel overview(RecordStore store, LocalDate today) {
        OverviewViewModel vm = new OverviewViewModel(store, Localization.forLanguage("cs"), new SameThreadTasks(),
                () -> today);
        vm.reload();
        return vm;
    }

    private static List<Object> ids(List<OverviewItem> items) {
        return items.stream().map(i -> (Object) i.id()).toList();
    }

    @Test
    void countsPastEventsAndOpenCommitmentsOfTheSample() {
        OverviewViewModel vm = overview(sampleStore(), SUMMIT_DAY.plusDays(1));
        assertEquals(3L, vm.counts().get(RecordKind.EVENT));
        assertEquals(3L, vm.counts().get(RecordKind.PERSON));
        assertEquals(SampleIds.SUMMIT, vm.recentEvents().get(0).id(), "the summit before its side meetings");
        assertEquals(3, vm.recentEvents().size());
        assertTrue(vm.upcomingEvents().isEmpty(), "the summit is over the day after");
        assertTrue(vm.recentEvents().get(0).detail().startsWith("31. 3. 2025"), vm.recentEvents().get(0).detail());
        assertEquals(SampleIds.MIGRATION_LAW_COMMITMENT, vm.openCommitments().get(0).id());
        assertTrue(vm.openCommitments().get(0).detail().contains("otevřený"));
    }

    @Test
    void overdueCommitmentsComeFirstAndAreMarked() {
        RecordStore store = sampleStore();
        var old = store.commitments().save(RecordBuilder.aCommitment()
                .with(Commitment::statementId, SampleIds.RAKUSAN_STATEMENT)
                .with(Commitment::text, "Předložit zprávu o azylové politice.")
                .with(Commitment::status, CommitmentStatus.OPEN)
                .with(Commitment::dueDate, LocalDate.of(2015, 6, 30)).build());
        var later = store.commitments().save(RecordBuilder.aCommitment()
                .with(Commitment::statementId, SampleIds.RAKUSAN_STATEMENT).with(Commitment::text, "Vyhodnotit novelu.")
                .with(Commitment::status, CommitmentStatus.IN_PROGRESS)
                .with(Commitment::dueDate, SUMMIT_DAY.plusYears(5)).build());

        OverviewViewModel vm = overview(store, SUMMIT_DAY.plusDays(1));
        OverviewItem first = vm.openCommitments().get(0);
        assertEquals(old.id(), first.id(), ids(vm.openCommitments()).toString());
        assertTrue(first.overdue());
        assertTrue(first.detail().contains("po termínu (byl 30. 6. 2015)"), first.detail());
        OverviewItem notYet = vm.openCommitments().stream().filter(i -> i.id().equals(later.id())).findFirst()
                .orElseThrow();
        assertFalse(notYet.overdue());
        assertTrue(notYet.detail().contains("termín "), notYet.detail());
    }

    @Test
    void anEventStartingTodayOrLaterIsUpcomingSoonestFirst() {
        RecordStore store = sampleStore();
        OverviewViewModel onTheDay = overview(store, SUMMIT_DAY);
        assertEquals(3, onTheDay.upcomingEvents().size(), "starting today counts as upcoming");
        assertEquals(SampleIds.SUMMIT, onTheDay.upcomingEvents().get(0).id(), "the summit before its margins");
        assertTrue(onTheDay.recentEvents().isEmpty());
        // A later meeting comes after the summit among the upcoming ones.
        var summit = store.events().findById(SampleIds.SUMMIT).orElseThrow();
        store.events().save(anEvent().with(Event::kind, summit.kind()).with(Event::title, "Rada JHA")
                .with(Event::startDate, SUMMIT_DAY.plusDays(60))
                .with(Event::endDate, null).with(Event::city, "Brusel").with(Event::countryCode, "BE").build());
        OverviewViewModel before = overview(store, SUMMIT_DAY.minusDays(1));
        assertEquals("Rada JHA", before.upcomingEvents().get(3).title());
        assertEquals(4, before.upcomingEvents().size());
    }

    @Test
    void recentlyEditedRecordsNewestFirstEachOnceWithoutDeletedOnes() {
        RecordStore store = sampleStore();
        Person cooper = store.people().findById(SampleIds.COOPER).orElseThrow();
        store.people().save(RecordBuilder.from(cooper).with(Person::honorific, "Rt Hon").build());
        store.people().save(store.people().findById(SampleIds.COOPER).orElseThrow());
        store.commitments().delete(SampleIds.MIGRATION_LAW_COMMITMENT);

        OverviewViewModel vm = overview(store, SUMMIT_DAY);
        OverviewItem newest = vm.recentEdits().get(0);
        assertEquals(SampleIds.COOPER, newest.id());
        assertEquals(RecordKind.PERSON, newest.kind());
        assertEquals("Rt Hon Yvette Cooper", newest.title());
        assertTrue(newest.detail().contains("upraveno") && newest.detail().contains("tester"), newest.detail());
        assertEquals(vm.recentEdits().size(), ids(vm.recentEdits()).stream().distinct().count(), "each record once");
        assertTrue(vm.recentEdits().stream().noneMatch(i -> i.id().equals(SampleIds.MIGRATION_LAW_COMMITMENT)),
                "a deleted record is not offered");
        assertEquals(OverviewViewModel.RECENT_EDITS, vm.recentEdits().size());
    }

    @Test
    void ofManyEventsTheSoonestAndLatestAreShownTiesOfADayInTheirOrder() {
        RecordStore store = newStore();
        // Twenty events over nine days around the summit day, three of them on each of several days, and two with
        // no date: the overview reads only those it shows and orders each day's summits first, then by title.
        String[] titles = {"Čtvrteční porada", "Alfa", "Beta", "Chata", "Hřbitov", "Zeta", "Éra", "Delta", "Omega"};
        for (int i = 0; i < 18; i++) {
            LocalDate day = SUMMIT_DAY.plusDays(i / 3 * 2 - 6L);
            store.events().save(anEvent().with(Event::title, titles[i % titles.length] + " " + i)
                    .with(Event::startDate, day).with(Event::endDate, day).build());
        }
        store.events().save(anEvent().with(Event::title, "Bez data A").with(Event::startDate, null)
                .with(Event::endDate, null).build());
        store.events().save(anEvent().with(Event::title, "Bez data B").with(Event::startDate, null)
                .with(Event::endDate, null).build());

        OverviewViewModel vm = overview(store, SUMMIT_DAY);

        List<Event> all = store.events().findAll();
        Comparator<Event> byStart = Comparator.comparing(e -> e.startDate() == null ? LocalDate.MIN : e.startDate());
        Comparator<Event> titled = Comparator.comparing(Event::title, CzechText.collation());
        List<String> soonest = all.stream().filter(e -> e.startDate() != null && !e.startDate().isBefore(SUMMIT_DAY))
                .sorted(byStart.thenComparing(titled)).limit(OverviewViewModel.EVENTS).map(Event::title).toList();
        List<String> latest = all.stream().filter(e -> e.startDate() == null || e.startDate().isBefore(SUMMIT_DAY))
                .sorted(byStart.reversed().thenComparing(titled)).limit(OverviewViewModel.EVENTS)
                .map(Event::title).toList();
        assertEquals(soonest, vm.upcomingEvents().stream().map(OverviewItem::title).toList());
        assertEquals(latest, vm.recentEvents().stream().map(OverviewItem::title).toList());

        OverviewViewModel later = overview(store, SUMMIT_DAY.plusDays(100));
        assertTrue(later.upcomingEvents().isEmpty());
        assertEquals(OverviewViewModel.EVENTS, later.recentEvents().size(), "the dated ones before those without");
        OverviewViewModel early = overview(store, SUMMIT_DAY.minusDays(100));
        assertEquals(List.of("Bez data A", "Bez data B"),
                early.recentEvents().stream().map(OverviewItem::title).toList(), "only those without a date");
    }

    @Test
    void emptyDatabaseCountsZeroForEveryKind() {
        OverviewViewModel vm = overview(newStore(), SUMMIT_DAY);
        for (RecordKind kind : RecordKind.values()) {
            assertEquals(0L, vm.counts().get(kind), kind.name());
        }
        assertTrue(vm.recentEvents().isEmpty());
        assertTrue(vm.upcomingEvents().isEmpty());
        assertTrue(vm.openCommitments().isEmpty());
        assertTrue(vm.recentEdits().isEmpty());
    }

    @Test
    void aFailureTheUserCanActOnIsSaidInItsOwnWords() {
        RecordStore full = (RecordStore) Proxy.newProxyInstance(RecordStore.class.getClassLoader(),
                new Class<?>[] {RecordStore.class}, (proxy, method, args) -> {
                    throw new UserFacingException("error.db.busy", "briefing-desk.db");
                });
        OverviewViewModel vm = overview(full, SUMMIT_DAY);
        assertEquals(Localization.forLanguage("cs").get("error.db.busy", "briefing-desk.db"), vm.errorProperty().get());
        assertFalse(vm.busyProperty().get());
    }
}
