package org.briefingdesk.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.briefingdesk.logic.search.SearchCounts;
import org.briefingdesk.logic.search.SearchQuery;
import org.briefingdesk.logic.search.SearchQueryParser;
import org.briefingdesk.logic.store.BatchWriter.AuditMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.SearchIndex;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.testutil.TestServer;
import org.briefingdesk.testutil.TypicalRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A word found in more records than the server ranks for a page: the first pages rank its newest matches, the
 * pages after them go on with the older ones, and every match is listed once (and counted up to the cap); each
 * search is planned for its own words.
 */
@ResourceLock(Locks.TEST_SERVER)
class ServerSearchOrderTest {
    private static final int OLDER = 150;

    @Test
    void theNewestMatchesAreRankedFirstAndScrollingOnListsEveryOtherMatchOnce() {
        try (RecordStore server = TestServer.create()) {
            Person speaker = TypicalRecords.person("Vít", "Rakušan");
            List<StoredRecord> records = new ArrayList<>(List.of(speaker));
            List<UUID> newest = new ArrayList<>();
            UUID oldBest = null;
            int matches = PostgresSearchIndex.RANKED + OLDER;
            for (int i = 0; i < matches; i++) {
                // One statement a day, the oldest first; the oldest names the border three times, ranking highest.
                String text = i == 0 ? "Hranice, hranice a zase hranice." : "Ochrana hranic, den " + i + ".";
                Statement s = RecordBuilder.aStatement().with(Statement::speakerId, speaker.id())
                        .with(Statement::date, TypicalRecords.SUMMIT_DAY.minusDays(matches - i))
                        .with(Statement::text, text).build();
                records.add(s);
                if (i == 0) {
                    oldBest = s.id();
                }
                if (i >= OLDER) {
                    newest.add(s.id());
                }
            }
            records.add(TypicalRecords.statement(speaker.id(), null, "Výrok o něčem jiném."));
            server.batches().write(records, AuditMode.STAMP);

            SearchIndex index = server.search();
            SearchQuery query = SearchQueryParser.parse("hranice");
            assertEquals(new SearchCounts(Map.of(RecordKind.STATEMENT, (long) PostgresSearchIndex.COUNTED),
                    Set.of(RecordKind.STATEMENT)), index.countByKind(query), "counted up to the cap");

            List<UUID> all = ids(index.search(query, 0, Integer.MAX_VALUE));
            assertEquals(matches, all.size());
            assertEquals(matches, new HashSet<>(all).size(), "every match once");
            assertEquals(new HashSet<>(newest), new HashSet<>(all.subList(0, PostgresSearchIndex.RANKED)),
                    "the newest matches are ranked first");
            assertTrue(all.subList(PostgresSearchIndex.RANKED, matches).contains(oldBest),
                    "an older match follows them, however well it ranks");

            List<UUID> paged = new ArrayList<>(ids(index.search(query, 0, 50)));
            paged.addAll(ids(index.search(query, 50, PostgresSearchIndex.RANKED - 50)));
            paged.addAll(ids(index.search(query, PostgresSearchIndex.RANKED, 100)));
            paged.addAll(ids(index.search(query, PostgresSearchIndex.RANKED + 100, 200)));
            assertEquals(all, paged, "pages read one after another give the same order as one long read");
            assertEquals(all.subList(900, 1100), ids(index.search(query, 900, 200)), "a window across the newest");
        }
    }

    @Test
    void everyStatementIsPlannedForItsOwnParameters() throws SQLException {
        try (Connection c = new PostgresConnector(TestServer.newDatabase(), null).open();
             var show = c.createStatement();
             ResultSet rs = show.executeQuery("SHOW plan_cache_mode")) {
            assertTrue(rs.next());
            assertEquals("force_custom_plan", rs.getString(1));
        }
    }

    private static List<UUID> ids(List<SearchIndex.Match> matches) {
        return matches.stream().map(SearchIndex.Match::id).toList();
    }
}
