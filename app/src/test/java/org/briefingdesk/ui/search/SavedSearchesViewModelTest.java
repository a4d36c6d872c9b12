package org.briefingdesk.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefingdesk.logic.search.SearchService;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TypicalRecords;
import org.briefingdesk.ui.StoreFixture;
import org.briefingdesk.ui.common.SameThreadTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Saved searches keep their name and query, and their count follows the data. */
@ResourceLock(Locks.FX_TOOLKIT)
class SavedSearchesViewModelTest extends StoreFixture {
    @Test
    void savedSearchShowsItsLiveCount() {
        RecordStore store = sampleStore();
        SavedSearchesViewModel vm = new SavedSearchesViewModel(store.savedSearches(),
                new SearchService(store.search()), new SameThreadTasks());
        vm.save("Ministři vnitra", "typ:osoba ministr");
        assertEquals(List.of("Ministři vnitra"), vm.names());
        long before = vm.entries().get(0).count();
        assertTrue(before >= 3, "the three ministers: " + before);

        store.people().save(TypicalRecords.person("Nový", "Ministr"));
        vm.reload();
        assertEquals(before + 1, vm.entries().get(0).count());

        vm.delete(vm.entries().get(0).search());
        assertTrue(vm.entries().isEmpty());
    }
}
