package org.briefingdesk.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README as a fresh clone reads it: it names no file outside the repository, and every file it shows
 * or points to is there, the screenshot with the script that takes it again.
 */
class ReadmeTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** A repository path in backticks or a Markdown link: "docs/screenshot.png", "app/packaging/". */
    private static final Pattern PATH = Pattern.compile(
            "(?:`|\\]\\()((?:app|bench|docs|scripts)/[A-Za-z0-9_./-]*)(?:`|\\))");

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void namesNothingOutsideTheRepository() throws IOException {
        String readme = readme();
        assertFalse(readme.contains("../"), "a fresh clone has nothing above the repository");
    }

    @Test
    void everyFileItNamesIsInTheRepository() throws IOException {
        Matcher m = PATH.matcher(readme());
        int named = 0;
        while (m.find()) {
            String path = m.group(1);
            if (path.contains("target/")) {
                continue; // what the build makes
            }
            named++;
            assertTrue(Files.exists(ROOT.resolve(path)), "the README names " + path + ", which is not there");
        }
        assertTrue(named >= 3, "the pattern found the README's paths");
    }

    @Test
    void theScreenshotIsAPictureAndItsScriptIsThere() throws IOException {
        byte[] png = Files.readAllBytes(ROOT.resolve("docs/screenshot.png"));
        assertEquals(List.of((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G'),
                List.of(png[0], png[1], png[2], png[3]));
        Path script = ROOT.resolve("scripts/readme-screenshot.sh");
        assertTrue(Files.isExecutable(script));
        assertTrue(Files.readString(script).contains("docs/screenshot.png"));
    }
}
