package org.briefingdesk.testutil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.briefingdesk.logic.search.SearchQuery;
import org.briefingdesk.logic.store.BatchWriter.AuditMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.logic.store.SearchIndex;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.Statement;
import org.briefingdesk.model.StoredRecord;

/**
 * A word found in more records than a store ranks for its first pages, on either store: {@code ranked} + {@code older}
 * statements about the border, one a day, written newest first (so that the order written is not the dates'), the
 * oldest naming the border three times (the best rank of all), and one statement about something else.
 */
public record NewestFirstSearch(int ranked, int matches, List<UUID> newest, UUID oldBest) {
    public static NewestFirstSearch written(RecordStore store, int ranked, int older) {
        Person speaker = TypicalRecords.person("Vít", "Rakušan");
        List<StoredRecord> records = new ArrayList<>(List.of(speaker));
        List<UUID> newest = new ArrayList<>();
        UUID oldBest = null;
        int matches = ranked + older;
        for (int day = matches - 1; day >= 0; day--) {
            String text = day == 0 ? "Hranice, hranice a zase hranice." : "Ochrana hranic, den " + day + ".";
            Statement s = RecordBuilder.aStatement().with(Statement::speakerId, speaker.id())
                    .with(Statement::date, TypicalRecords.SUMMIT_DAY.minusDays(matches - day))
                    .with(Statement::text, text).build();
            records.add(s);
            if (day == 0) {
                oldBest = s.id();
            }
            if (day >= older) {
                newest.add(s.id());
            }
        }
        records.add(TypicalRecords.statement(speaker.id(), null, "Výrok o něčem jiném."));
        store.batches().write(records, AuditMode.STAMP);
        return new NewestFirstSearch(ranked, matches, newest, oldBest);
    }

    /**
     * Checks that the newest matches come first, the older ones after them with the best of them leading, every
     * match once, and that pages and windows read in any cut give the order of one long read; returns that order.
     */
    public List<UUID> assertNewestFirst(SearchIndex index, SearchQuery query) {
        List<UUID> all = ids(index.search(query, 0, Integer.MAX_VALUE));
        assertEquals(matches, all.size());
        assertEquals(matches, new HashSet<>(all).size(), "every match once");
        assertEquals(new HashSet<>(newest), new HashSet<>(all.subList(0, ranked)),
                "the newest matches are ranked first");
        assertEquals(oldBest, all.get(ranked), "an older match follows them, however well it ranks, leading the rest");

        List<UUID> paged = new ArrayList<>(ids(index.search(query, 0, 50)));
        paged.addAll(ids(index.search(query, 50, ranked - 50)));
        paged.addAll(ids(index.search(query, ranked, 100)));
        paged.addAll(ids(index.search(query, ranked + 100, matches)));
        assertEquals(all, paged, "pages read one after another give the same order as one long read");
        assertEquals(all.subList(ranked - 100, ranked + 100), ids(index.search(query, ranked - 100, 200)),
                "a window across the newest");
        assertTrue(matches > ranked + 100, "the older matches fill more than a page");
        return all;
    }

    public static List<UUID> ids(List<SearchIndex.Match> matches) {
        return matches.stream().map(SearchIndex.Match::id).toList();
    }
}
