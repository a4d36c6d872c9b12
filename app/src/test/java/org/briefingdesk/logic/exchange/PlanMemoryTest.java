package org.briefingdesk.logic.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.briefingdesk.logic.store.BatchWriter.AuditMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.testutil.TypicalRecords;
import org.briefingdesk.ui.StoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A preview does not hold the file's records as objects until they are written: its plan keeps the records to add
 * deflated, so that it takes a fraction of the heap the same records take when read into a list. (Before, the plan
 * of a scale-1 bundle held all 137,321 records as objects until the last batch was written.) Measured as the heap
 * in use after full collections, with no other test class running.
 */
@Isolated
class PlanMemoryTest extends StoreFixture {
    private static final int STATEMENTS = 6_000;

    @Test
    void aPlanOfNewRecordsTakesAFractionOfTheirSizeAsObjectsAndWritesThemAll() throws Exception {
        Path bundle = folder.resolve("many.bdesk");
        RecordStore source = newStore();
        Person speaker = TypicalRecords.person("Vít", "Rakušan");
        List<StoredRecord> written = new ArrayList<>(List.of(speaker));
        String text = "Česká republika podporuje společný postup při ochraně vnějších hranic Evropské unie. ";
        for (int i = 0; i < STATEMENTS; i++) {
            written.add(TypicalRecords.statement(speaker.id(), null, "Výrok č. " + i + ": " + text.repeat(4)));
        }
        source.batches().write(written, AuditMode.STAMP);
        written = null;
        BundleFiles.export(source, bundle);
        RecordStore empty = newStore();

        long before = heapInUse();
        List<StoredRecord> read = new ArrayList<>();
        BundleReader.read(bundle, read::add, ExchangeMonitor.NONE);
        long asObjects = heapInUse() - before;
        assertEquals(STATEMENTS + 1, read.size());
        read = null;

        before = heapInUse();
        RecordImport importer = new RecordImport(empty);
        MergePlan plan = importer.preview(bundle, ImportFormat.BUNDLE, ExchangeMonitor.NONE);
        long planned = heapInUse() - before;
        assertTrue(planned * 4 < asObjects, "the plan takes " + planned + " bytes, the records as objects "
                + asObjects);

        importer.apply(plan, new MergeDecisions(MergeDecisions.Policy.OURS), ExchangeMonitor.NONE);
        assertEquals(STATEMENTS, empty.repository(RecordKind.STATEMENT).count());
        assertTrue(new HashSet<>(source.statements().findAll()).equals(new HashSet<>(empty.statements().findAll())),
                "every statement arrives as it was");
        Reference.reachabilityFence(plan);
    }

    /** The heap in use after full collections (the least of a few, as a collection may leave some behind). */
    private static long heapInUse() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
            Runtime runtime = Runtime.getRuntime();
            least = Math.min(least, runtime.totalMemory() - runtime.freeMemory());
        }
        return least;
    }
}
