package org.briefingdesk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.briefingdesk.logic.search.SearchCounts;
import org.briefingdesk.logic.search.SearchQuery;
import org.briefingdesk.logic.search.SearchQueryParser;
import org.briefingdesk.logic.store.BatchWriter.AuditMode;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.SearchIndex;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.testutil.RecordBuilder;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.testutil.TypicalRecords;
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
            Person speaker = TypicalRecords.person("Vít", "Rakušan");
            List<StoredRecord> records = new ArrayList<>(List.of(speaker));
            List<UUID> newest = new ArrayList<>();
            UUID oldBest = null;
            int matches = SqliteSearchIndex.RANKED + OLDER;
            for (int i = 0; i < matches; i++) {
                // One statement a day, written newest first (the file's order is not the dates' order); the oldest
                // names the border three times, ranking highest.
                int day = matches - 1 - i;
                String text = day == 0 ? "Hranice, hranice a zase hranice." : "Ochrana hranic, den " + day + ".";
                Statement s = RecordBuilder.aStatement().with(Statement::speakerId, speaker.id())
                        .with(Statement::date, TypicalRecords.SUMMIT_DAY.minusDays(matches - day))
                        .with(Statement::text, text).build();
                records.add(s);
                if (day == 0) {
                    oldBest = s.id();
                }
                if (day >= OLDER) {
                    newest.add(s.id());
                }
            }
            records.add(TypicalRecords.statement(speaker.id(), null, "Výrok o něčem jiném."));
            store.batches().write(records, AuditMode.STAMP);

            SearchIndex index = store.search();
            SearchQuery query = SearchQueryParser.parse("hranice");
            assertEquals(SearchCounts.exact(Map.of(RecordKind.STATEMENT, (long) matches)), index.countByKind(query),
                    "the file counts every match");

            List<UUID> all = ids(index.search(query, 0, Integer.MAX_VALUE));
            assertEquals(matches, all.size());
            assertEquals(matches, new HashSet<>(all).size(), "every match once");
            assertEquals(new HashSet<>(newest), new HashSet<>(all.subList(0, SqliteSearchIndex.RANKED)),
                    "the newest matches are ranked first");
            assertTrue(all.subList(SqliteSearchIndex.RANKED, matches).contains(oldBest),
                    "an older match follows them, however well it ranks");
            assertEquals(oldBest, all.get(SqliteSearchIndex.RANKED), "and leads the older ones");

            List<UUID> paged = new ArrayList<>(ids(index.search(query, 0, 50)));
            paged.addAll(ids(index.search(query, 50, SqliteSearchIndex.RANKED - 50)));
            paged.addAll(ids(index.search(query, SqliteSearchIndex.RANKED, 100)));
            paged.addAll(ids(index.search(query, SqliteSearchIndex.RANKED + 100, 200)));
            assertEquals(all, paged, "pages read one after another give the same order as one long read");
            assertEquals(all.subList(900, 1100), ids(index.search(query, 900, 200)), "a window across the newest");
            assertEquals(all.subList(0, 50), ids(index.search(SearchQueryParser.parse("hranice typ:výrok"), 0, 50)),
                    "a kind filter keeps the order");

            index.rebuild();
            assertEquals(all, ids(index.search(query, 0, Integer.MAX_VALUE)), "a rebuilt index orders alike");
        }
    }

    private static List<UUID> ids(List<SearchIndex.Match> matches) {
        return matches.stream().map(SearchIndex.Match::id).toList();
    }
}
