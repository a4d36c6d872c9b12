package org.briefingdesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.briefingdesk.logic.search.SearchCounts;
import org.briefingdesk.logic.search.SearchQuery;
import org.briefingdesk.logic.search.SearchQueryParser;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.SearchIndex;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.testutil.NewestFirstSearch;
import org.briefingdesk.testutil.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A word found in more records than a page ranks, in the file as on a team server: the first pages rank its newest
 * matches (by date), the pages after them go on with the older ones, every match is listed once and counted, and
 * a rebuilt index gives the same order.
 */
class SqliteSearchOrderTest {
    private static final int OLDER = 150;

    @TempDir
    Path folder;

    @Test
    void theNewestMatchesAreRankedFirstAndScrollingOnListsEveryOtherMatchOnce() {
        try (RecordStore store = TestStores.opener().open(folder.resolve("order.db"), OpenMode.CREATE)) {
            NewestFirstSearch words = NewestFirstSearch.written(store, SqliteSearchIndex.RANKED, OLDER);
            SearchIndex index = store.search();
            SearchQuery query = SearchQueryParser.parse("hranice");
            assertEquals(SearchCounts.exact(Map.of(RecordKind.STATEMENT, (long) words.matches())),
                    index.countByKind(query), "the file counts every match");
            List<UUID> all = words.assertNewestFirst(index, query);
            assertEquals(all.subList(0, 50), NewestFirstSearch.ids(index.search(
                    SearchQueryParser.parse("hranice typ:výrok"), 0, 50)), "a kind filter keeps the order");

            index.rebuild();
            assertEquals(all, NewestFirstSearch.ids(index.search(query, 0, Integer.MAX_VALUE)),
                    "a rebuilt index orders alike");
        }
    }
}
