package org.briefingdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/** {@code draft FILE [--json]} against a database with the sample, and its bad inputs; nothing is ever saved. */
@ResourceLock(Locks.ROOT_LOGGER)
class DraftCommandTest {
    @TempDir
    Path folder;
    private Path db;
    private Path release;

    @BeforeEach
    void sampleAndRelease() throws IOException {
        db = folder.resolve("desk.db");
        TestStores.closedSample(db);
        release = folder.resolve("zprava.txt");
        try (InputStream in = getClass().getResourceAsStream("/sample/border-security-summit-2025.cs.txt")) {
            Files.write(release, in.readAllBytes());
        }
    }

    private Map<RecordKind, Long> counts() {
        try (RecordStore store = TestStores.opener().open(db, OpenMode.WRITE)) {
            return store.counts();
        }
    }

    @Test
    void draftsByKindWithMatchesAndEvidenceAndSavesNothing() {
        Map<RecordKind, Long> before = counts();
        CliRun run = CliRun.on(db, "draft", release.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("osoba (3):"), run.out());
        assertTrue(run.out().contains("odpovídá existujícímu záznamu Yvette Cooper"), run.out());
        assertTrue(run.out().contains("«„Evropa dnes čelí"), "a quotation's evidence");
        assertTrue(run.out().contains("Nic nebylo uloženo"));
        assertEquals(before, counts());
    }

    @Test
    void jsonHasEveryDraftWithItsEvidence() throws IOException {
        CliRun run = CliRun.on(db, "draft", release.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode drafts = new ObjectMapper().readTree(run.out()).path("drafts");
        assertTrue(drafts.size() > 10);
        for (JsonNode d : drafts) {
            assertFalse(d.path("evidence").isEmpty(), d.toString());
            assertFalse(d.path("evidence").get(0).path("text").asText().isBlank());
        }
        assertTrue(run.out().contains("\"kind\" : \"commitments\""), run.out());
    }

    @Test
    void badInputIsOneLineAndExitOne() throws IOException {
        Map<RecordKind, Long> before = counts();
        Path empty = Files.writeString(folder.resolve("prazdna.txt"), "   ");
        Path english = Files.writeString(folder.resolve("en.txt"), "The minister attended the summit in London "
                + "and said that the protection of the borders is a priority for the whole of Europe.");
        Path binary = Files.write(folder.resolve("data.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7});
        for (String[] args : new String[][] {{"draft", empty.toString()}, {"draft", english.toString()},
            {"draft", binary.toString()}, {"draft", folder.resolve("chybi.txt").toString()},
            {"draft", release.toString(), "--lang", "de"}}) {
            CliRun run = CliRun.on(db, args);
            assertEquals(1, run.exitCode(), String.join(" ", args) + ": " + run.err());
            run.oneErrorLine();
            assertEquals("", run.out());
        }
        assertEquals(before, counts());
    }
}
