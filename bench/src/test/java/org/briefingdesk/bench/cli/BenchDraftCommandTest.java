package org.briefingdesk.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench draft}: every kind with its precision and recall, the targets of the gold set, the timing. */
class BenchDraftCommandTest {
    @TempDir
    Path folder;

    @Test
    void printsEveryKindAndTheTargetsOfTheGoldSet() {
        BenchRun run = BenchRun.on(folder.resolve("unused.db"), "bench", "draft", "--gold",
                "src/test/resources/drafting");
        assertEquals(0, run.exitCode(), run.err());
        String gold = run.out().substring(0, run.out().indexOf("Odložené zprávy"));
        for (String kind : new String[] {"osoby:", "data:", "místa:", "citace:", "mluvčí citací:", "závazky:",
            "návrhy s dokladem:"}) {
            assertTrue(gold.contains(kind), kind + " in " + gold);
        }
        assertFalse(gold.contains("NESPLNĚN"), gold);
        assertTrue(run.out().contains("Dvoustránková zpráva"), run.out());
    }

    @Test
    void aMissingGoldSetIsOneLine() {
        BenchRun run = BenchRun.on(folder.resolve("unused.db"), "bench", "draft", "--gold", "chybi");
        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }
}
