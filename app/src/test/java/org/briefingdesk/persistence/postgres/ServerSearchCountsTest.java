package org.briefingdesk.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.search.SearchHit;
import org.briefingdesk.logic.search.SearchResult;
import org.briefingdesk.logic.search.SearchService;
import org.briefingdesk.logic.store.BatchWriter.AuditMode;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TestServer;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.testutil.TypicalRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The server counts a kind up to its cap and says there are more; the hits are never cut short: paging goes on to
 * the last one. A SQLite file with the same records keeps exact counts.
 */
@ResourceLock(Locks.TEST_SERVER)
class ServerSearchCountsTest {
    private static final int STATEMENTS = PostgresSearchIndex.COUNTED + 60;
    private static final int REPORTS = 3;

    @TempDir
    Path folder;

    @Test
    void aKindPastTheCapIsCountedAsMoreThanItAndPagingReachesEveryHit() {
        List<StoredRecord> records = records();
        try (RecordStore server = TestServer.create()) {
            server.batches().write(records, AuditMode.STAMP);
            SearchService service = new SearchService(server.search());

            SearchResult result = service.search("hranice", 50);
            assertEquals(Map.of(RecordKind.STATEMENT, (long) PostgresSearchIndex.COUNTED,
                    RecordKind.REPORT, (long) REPORTS), result.countsByKind());
            assertEquals(Set.of(RecordKind.STATEMENT), result.moreThan());
            assertFalse(result.isExact(RecordKind.STATEMENT));
            assertTrue(result.isExact(RecordKind.REPORT), "a kind under the cap is counted exactly");
            assertFalse(result.totalIsExact());
            assertEquals(PostgresSearchIndex.COUNTED + REPORTS, result.total(), "at least this many");

            List<UUID> paged = new ArrayList<>(ids(result.hits()));
            for (List<SearchHit> page = service.page("hranice", Set.of(), paged.size(), 200); !page.isEmpty();
                 page = service.page("hranice", Set.of(), paged.size(), 200)) {
                paged.addAll(ids(page));
            }
            assertEquals(STATEMENTS + REPORTS, paged.size(), "paging past the count reaches every hit");
            assertEquals(STATEMENTS + REPORTS, new HashSet<>(paged).size(), "each once");

            SearchResult reports = service.search("hranice", EnumSet.of(RecordKind.REPORT), 50);
            assertTrue(reports.totalIsExact(), "narrowed to a kind counted to the end");
            assertEquals(REPORTS, reports.total());
            assertEquals(Set.of(RecordKind.STATEMENT), reports.moreThan(), "its chips still say more");

            SearchResult rare = service.search("zpráva summitu", 50);
            assertTrue(rare.totalIsExact());
            assertEquals(Map.of(RecordKind.REPORT, (long) REPORTS), rare.countsByKind());
        }
        try (RecordStore file = TestStores.opener().open(folder.resolve("same.db"), OpenMode.CREATE)) {
            file.batches().write(records, AuditMode.STAMP);
            SearchResult result = new SearchService(file.search()).search("hranice", 50);
            assertEquals(Map.of(RecordKind.STATEMENT, (long) STATEMENTS, RecordKind.REPORT, (long) REPORTS),
                    result.countsByKind(), "the file counts every match");
            assertTrue(result.totalIsExact());
            assertEquals(Set.of(), result.moreThan());
        }
    }

    /** More statements about the border than the server counts, and a few reports about it. */
    private static List<StoredRecord> records() {
        Person speaker = TypicalRecords.person("Vít", "Rakušan");
        List<StoredRecord> records = new ArrayList<>(List.of(speaker));
        for (int i = 0; i < STATEMENTS; i++) {
            records.add(TypicalRecords.statement(speaker.id(), null, "Ochrana hranic, den " + i + "."));
        }
        for (int i = 0; i < REPORTS; i++) {
            records.add(TypicalRecords.report(null));
        }
        return records;
    }

    private static List<UUID> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }
}
