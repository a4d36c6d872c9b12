package org.briefingdesk.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.sample.SampleDataLoader;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.ui.StoreFixture;
import org.briefingdesk.ui.common.SameThreadTasks;
import org.junit.jupiter.api.Test;

class OverviewViewModelTest extends StoreFixture {
    @Test
    void countsRecentEventsAndOpenCommitmentsOfTheSample() {
        RecordStore store = newStore();
        new SampleDataLoader().load(store);
        OverviewViewModel vm = new OverviewViewModel(store, Localization.forLanguage("cs"), new SameThreadTasks());
        vm.reload();
        assertEquals(3L, vm.counts().get(RecordKind.EVENT));
        assertEquals(3L, vm.counts().get(RecordKind.PERSON));
        assertEquals(SampleIds.SUMMIT, vm.recentEvents().get(0).id(), "the summit before its side meetings");
        assertEquals(3, vm.recentEvents().size());
        assertTrue(vm.recentEvents().get(0).detail().startsWith("31. 3. 2025"), vm.recentEvents().get(0).detail());
        assertEquals(SampleIds.MIGRATION_LAW_COMMITMENT, vm.openCommitments().get(0).id());
        assertTrue(vm.openCommitments().get(0).detail().contains("otevřený"));
    }

    @Test
    void emptyDatabaseCountsZeroForEveryKind() {
        OverviewViewModel vm = new OverviewViewModel(newStore(), Localization.forLanguage("en"),
                new SameThreadTasks());
        vm.reload();
        for (RecordKind kind : RecordKind.values()) {
            assertEquals(0L, vm.counts().get(kind), kind.name());
        }
        assertTrue(vm.recentEvents().isEmpty());
        assertTrue(vm.openCommitments().isEmpty());
    }
}
