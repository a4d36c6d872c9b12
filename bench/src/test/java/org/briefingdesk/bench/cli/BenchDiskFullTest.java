package org.briefingdesk.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench generate} on a disk that fills up halfway: it says what it kept, and what it kept is
 * there. The disk is a small tmpfs that only the child process sees (a user and mount namespace).
 */
class BenchDiskFullTest {
    @TempDir
    Path folder;

    @Test
    void aFullDiskSaysHowManyRecordsWereKeptAndTheyAreThere() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String bench = java + " -cp " + System.getProperty("java.class.path") + " " + BenchMain.class.getName();
        String script = String.join("\n",
                "mount -t tmpfs -o size=1m tmpfs \"$DIR\" || exit 9",
                bench + " bench generate --db \"$DIR/x.db\" --scale 0.02 > \"$DIR/../generate.txt\" 2>&1;"
                        + " echo \"generate=$?\"; tail -1 \"$DIR/../generate.txt\"",
                bench + " --db \"$DIR/x.db\" stats");
        Path disk = Files.createDirectories(folder.resolve("disk"));
        ProcessBuilder builder = new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                script).redirectErrorStream(true);
        builder.environment().put("DIR", disk.toString());
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        child.waitFor(5, TimeUnit.MINUTES);
        assumeTrue(child.exitValue() != 9 && !output.contains("unshare:"), "no mount namespaces here: " + output);
        Matcher kept = Pattern.compile("zůstalo (\\d+) záznamů").matcher(output);
        assertTrue(kept.find(), output);
        assertTrue(output.contains("došlo místo"), output);
        Matcher total = Pattern.compile("Celkem: ([\\d\\s\u00a0]+)").matcher(output);
        assertTrue(total.find(), output);
        assertEquals(Long.parseLong(kept.group(1)), Long.parseLong(total.group(1).replaceAll("\\D", "")), output);
        assertTrue(output.contains("generate=1"), output);
        assertTrue(Long.parseLong(kept.group(1)) > 0, "some batches were written first: " + output);
    }
}
