package org.briefingdesk.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.briefingdesk.testutil.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while a pack is being written (a logout, a shutdown of the desktop, {@code kill}): the process
 * ends without leaving the hidden half file beside the target, and without a target file of half a pack.
 */
class PackUnderTermTest {
    @TempDir
    Path dir;

    @Test
    void sigtermWhileAPackIsWrittenLeavesNoPartFile() throws Exception {
        Path db = dir.resolve("desk.db");
        TestStores.closedSample(db);
        Path packs = Files.createDirectories(dir.resolve("packs"));
        Path out = packs.resolve("cooper.pdf");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                PackWriterChild.class.getName(), db.toString(), out.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("writing", lines.readLine(), "the child writes its pack");
            assertTrue(PackWriterChild.partFile(out), "the part file is there while the pack is written");

            child.destroy(); // SIGTERM
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child ends on TERM");
            assertEquals(143, child.exitValue(), "ended by the signal, not by finishing the pack");
        } finally {
            child.destroyForcibly();
        }
        try (Stream<Path> left = Files.list(packs)) {
            assertEquals(List.of(), left.toList(), "neither a part file nor half a pack is left");
        }
        assertFalse(Files.exists(out));
    }
}
