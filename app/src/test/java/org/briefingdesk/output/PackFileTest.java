package org.briefingdesk.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.briefing.BriefingCancelledException;
import org.briefingdesk.logic.briefing.BriefingMonitor;
import org.briefingdesk.logic.briefing.BriefingTarget;
import org.briefingdesk.logic.sample.SampleIds;
import org.briefingdesk.logic.store.RecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack is written whole or not at all, and never where the database or its backups are. */
class PackFileTest {
    @TempDir
    Path folder;

    private long filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void cancellingWhileWritingLeavesNoFile() throws IOException {
        Path target = folder.resolve("packs").resolve("cooper.pdf");
        Files.createDirectories(target.getParent());
        boolean[] writing = {false};
        // Cancelled as soon as writing starts: the writer's loop over the sections notices it.
        BriefingMonitor cancelDuringWrite = new BriefingMonitor() {
            @Override
            public void progress(double fraction, String step) {
                writing[0] |= step.equals("Zapisuji soubor…");
            }

            @Override
            public boolean isCancelled() {
                return writing[0];
            }
        };
        try (RecordStore store = SamplePacks.store(folder)) {
            assertThrows(BriefingCancelledException.class, () -> new BriefingExporter(store).export(
                    BriefingTarget.person(SampleIds.COOPER), SamplePacks.czech(), BriefingFormat.PDF, target,
                    cancelDuringWrite));
        }
        assertTrue(writing[0]);
        assertEquals(0, filesIn(target.getParent()));
    }

    @Test
    void thePackIsRefusedBeforeItIsAssembledWhenItWouldReplaceTheDatabase() throws IOException {
        try (RecordStore store = SamplePacks.store(folder)) {
            byte[] before = Files.readAllBytes(store.location());
            boolean[] assembled = {false};
            BriefingMonitor watching = new BriefingMonitor() {
                @Override
                public void progress(double fraction, String step) {
                    assembled[0] = true;
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            UserFacingException refused = assertThrows(UserFacingException.class, () -> new BriefingExporter(store)
                    .export(BriefingTarget.person(SampleIds.COOPER), SamplePacks.czech(), BriefingFormat.HTML,
                            store.location(), watching));
            assertEquals("error.output.database", refused.key());
            assertTrue(!assembled[0], "refused before minutes of work, not after");
            assertArrayEquals(before, Files.readAllBytes(store.location()));
        }
    }
}
