package org.briefingdesk.logic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.testutil.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 random and hostile inputs through the whole search (parser, FTS5, SQL): none may throw,
 * and none may change the database.
 */
class HostileQueryTest {
    private static final List<String> PIECES = List.of("\"", "„", "“", "'", "’", "´", "-", "–", "—", "*", "^", ":",
            "(", ")", "{", "}", "[", "]", "NEAR(", "NEAR/3", "AND", "OR", "NOT", "+", "title:", "body:", "rank:",
            "kdo:", "země:", "typ:", "od:", "do:", "od:31.", "3.", "2025", "typ:osoba", "akce:\"", "-\"", "\"\"",
            "'; DROP TABLE person; --", "1=1", "%", "_", "\\", "\u0000", "\u0007", "\n", "\t", "\u202e", "🇨🇿",
            "Rakušan", "hranic", "Londýně", "O´Callaghan", "ř", "ě", "ů", " ", " ", "  ", "x", "ab", "migrace");

    @TempDir
    Path dir;

    @Test
    void noInputThrowsOrChangesTheDatabase() {
        try (RecordStore store = TestStores.create(dir)) {
            new SearchWorld(store);
            SearchService search = new SearchService(store.search());
            Map<RecordKind, Long> counts = store.counts();
            int history = store.history().findRecent(1_000).size();
            Random random = new Random(20250331);
            for (int i = 0; i < 100_000; i++) {
                String input = i % 1_000 == 0 ? veryLong(random) : hostile(random);
                SearchResult result = search.search(input, 5);
                assertNotNull(result.hits(), input);
            }
            assertEquals(counts, store.counts());
            assertEquals(history, store.history().findRecent(1_000).size());
            assertEquals(1, search.search("Rakušan typ:osoba", 5).hits().size(), "the index still answers");
        }
    }

    private static String hostile(Random random) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + random.nextInt(8);
        for (int p = 0; p < parts; p++) {
            if (random.nextInt(5) == 0) {
                b.append((char) random.nextInt(0x3000)); // any character at all, surrogates halves included
            } else {
                b.append(PIECES.get(random.nextInt(PIECES.size())));
            }
        }
        return b.toString();
    }

    private static String veryLong(Random random) {
        StringBuilder b = new StringBuilder();
        while (b.length() < 50_000) {
            b.append(PIECES.get(random.nextInt(PIECES.size()))).append(' ');
        }
        return b.toString();
    }
}
