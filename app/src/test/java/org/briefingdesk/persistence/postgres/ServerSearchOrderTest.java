package org.briefingdesk.persistence.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import org.briefingdesk.logic.search.SearchCounts;
import org.briefingdesk.logic.search.SearchQuery;
import org.briefingdesk.logic.search.SearchQueryParser;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.NewestFirstSearch;
import org.briefingdesk.testutil.TestServer;
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
            NewestFirstSearch words = NewestFirstSearch.written(server, PostgresSearchIndex.RANKED, OLDER);
            SearchQuery query = SearchQueryParser.parse("hranice");
            assertEquals(new SearchCounts(Map.of(RecordKind.STATEMENT, (long) PostgresSearchIndex.COUNTED),
                    Set.of(RecordKind.STATEMENT)), server.search().countByKind(query), "counted up to the cap");
            words.assertNewestFirst(server.search(), query);
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
}
