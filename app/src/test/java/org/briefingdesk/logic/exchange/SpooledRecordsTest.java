package org.briefingdesk.logic.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.testutil.TypicalRecords;
import org.briefingdesk.ui.StoreFixture;
import org.junit.jupiter.api.Test;

/** The plan's records kept deflated come back equal, in their order, as often as they are read. */
class SpooledRecordsTest extends StoreFixture {
    @Test
    void recordsOfEveryKindComeBackEqualWithTheirAudit() {
        RecordStore store = sampleStore();
        List<StoredRecord> records = new ArrayList<>();
        for (RecordKind kind : BundleFormat.ORDER) {
            records.addAll(store.repository(kind).findAll());
        }
        assertEquals(Set.of(RecordKind.values()), records.stream().map(StoredRecord::recordKind)
                .collect(Collectors.toSet()), "the sample holds every kind");
        SpooledRecords spool = new SpooledRecords();
        records.forEach(spool::add);
        spool.finish();
        assertEquals(records.size(), spool.size());
        assertEquals(records, spool.stream().toList());
    }

    @Test
    void manyBlocksKeepTheOrderReadAgainAndTakeLittleRoom() {
        SpooledRecords spool = new SpooledRecords();
        List<StoredRecord> records = new ArrayList<>();
        Person speaker = TypicalRecords.person("Vít", "Rakušan");
        for (int i = 0; i < SpooledRecords.BLOCK * 2 + 345; i++) {
            StoredRecord statement = TypicalRecords.statement(speaker.id(), null,
                    "Výrok č. " + i + " o ochraně hranic, návratech a spolupráci při pátrání po převaděčích");
            records.add(statement);
            spool.add(statement);
        }
        spool.finish();
        assertEquals(records, spool.stream().toList());
        assertEquals(records, spool.stream().toList(), "a second reading gives the same");
        assertTrue(spool.bytes() < records.size() * 200L, "deflated: " + spool.bytes() + " bytes");
    }

    @Test
    void aSpoolIsReadOnlyOnceFinishedAndNotReadBefore() {
        SpooledRecords spool = new SpooledRecords();
        spool.add(TypicalRecords.homeOffice());
        assertThrows(IllegalStateException.class, spool::iterator);
        spool.finish();
        assertThrows(IllegalStateException.class, () -> spool.add(TypicalRecords.homeOffice()));
        assertEquals(List.of(TypicalRecords.homeOffice().name()), spool.stream()
                .map(r -> ((Organisation) r).name()).toList());
        assertTrue(new SpooledRecords().finish().isEmpty());
    }
}
