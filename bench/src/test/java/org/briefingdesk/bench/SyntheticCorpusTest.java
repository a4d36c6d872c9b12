package org.briefingdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefingdesk.logic.store.IntegrityReport;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.ChangeEntry;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.testutil.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus written through the batch writer is what the repositories would have written: every record, its search
 * index entry matching it, and a history line each.
 */
class SyntheticCorpusTest {
    @TempDir
    Path folder;

    @Test
    void theCorpusIsWrittenWithItsIndexAndHistoryInOnePass() {
        Path file = folder.resolve("corpus.db");
        CorpusSize size = CorpusSize.of(0.02);
        Map<RecordKind, Long> written;
        try (RecordStore store = TestStores.opener().open(file, OpenMode.CREATE)) {
            written = new SyntheticCorpus(size).writeInto(store, (kind, done, total) -> { });
            assertEquals(size.total(), written.values().stream().mapToLong(Long::longValue).sum());
            assertEquals(store.counts(), written, "every record is in the file");

            List<ChangeEntry> history = store.history().findRecent(size.total() + 1);
            assertEquals(size.total(), history.size(), "a history line per record");
            assertTrue(history.stream().allMatch(e -> e.action() == ChangeEntry.Action.CREATE), "each a creation");
        }
        IntegrityReport report = TestStores.files().check(file);
        assertTrue(report.ok(), "problems: " + report.problems());
        assertEquals(List.of(), report.indexProblems(), "the search index matches the records, speakers' names too");
        assertEquals(written, report.counts());
    }
}
