package org.briefingdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.briefingdesk.logic.search.SearchQueryParser;
import org.briefingdesk.logic.store.IntegrityReport;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.ChangeEntry;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.Statement;
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

            // Documents carry the names of records written in earlier batches: a statement its speaker's, a report
            // the participants' of its event.
            Statement statement = store.statements().findAll().get(0);
            assertTrue(foundBy(store, speakerOf(store, statement.speakerId()), statement.id()));
            Report report = store.reports().findAll().stream().filter(r -> r.eventId() != null
                    && !store.events().findById(r.eventId()).orElseThrow().participants().isEmpty())
                    .findFirst().orElseThrow();
            UUID participant = store.events().findById(report.eventId()).orElseThrow().participants().get(0).personId();
            assertTrue(foundBy(store, speakerOf(store, participant), report.id()), "the report by a participant");
        }
        IntegrityReport check = TestStores.files().check(file);
        assertTrue(check.ok(), "problems: " + check.problems());
        assertEquals(List.of(), check.indexProblems(), "every record indexed, as last changed");
        assertEquals(written, check.counts());
    }

    private static String speakerOf(RecordStore store, UUID person) {
        return store.people().findById(person).orElseThrow().familyName();
    }

    private static boolean foundBy(RecordStore store, String familyName, UUID record) {
        return store.search().search(SearchQueryParser.parse("kdo:" + familyName), 100_000).stream()
                .anyMatch(m -> m.id().equals(record));
    }
}
