package org.briefingdesk.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.LinkGroup;
import org.briefingdesk.logic.records.RecordDetailService;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.ui.StoreFixture;
import org.briefingdesk.ui.common.SameThreadTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

@ResourceLock(Locks.FX_TOOLKIT)
class DetailViewModelTest extends StoreFixture {
    private final Localization czech = Localization.forLanguage("cs");

    private DetailViewModel viewModel() {
        RecordStore store = sampleStore();
        return new DetailViewModel(new RecordDetailService(store, czech)::describe, new SameThreadTasks(), czech);
    }

    @Test
    void showsTheSummitWithItsSideMeetings() {
        DetailViewModel vm = viewModel();
        vm.show(SampleIds.SUMMIT);
        assertFalse(vm.busyProperty().get());
        assertEquals("Border Security Summit", vm.detailProperty().get().title());
        LinkGroup side = vm.detailProperty().get().group(czech.get("detail.links.sideMeetings")).orElseThrow();
        assertEquals(2, side.links().size());
        assertTrue(side.links().stream().anyMatch(l -> l.id().equals(SampleIds.MEETING_IRELAND)));
    }

    @Test
    void nothingSelectedShowsNothingAndAMissingRecordSaysSo() {
        DetailViewModel vm = viewModel();
        vm.show(SampleIds.SUMMIT);
        vm.show(null);
        assertNull(vm.detailProperty().get());
        assertEquals("", vm.errorProperty().get());
        vm.show(UUID.randomUUID());
        assertNull(vm.detailProperty().get());
        assertEquals(czech.get("ui.detail.missing"), vm.errorProperty().get());
    }
}
