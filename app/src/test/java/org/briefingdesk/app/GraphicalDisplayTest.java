package org.briefingdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.briefingdesk.logic.i18n.Localization;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window without a display: decided before JavaFX starts, and told in one sentence. */
class GraphicalDisplayTest {
    private static final Map<String, String> LINUX = Map.of("os.name", "Linux");

    @TempDir
    Path dir;

    @Test
    void linuxWithoutDisplayOrWaylandHasNoDisplay() {
        assertTrue(GraphicalDisplay.missing(Map.of(), LINUX));
        assertTrue(GraphicalDisplay.missing(Map.of("DISPLAY", " ", "WAYLAND_DISPLAY", ""), LINUX));
        assertTrue(GraphicalDisplay.missing(Map.of(), Map.of("os.name", "FreeBSD")));
    }

    @Test
    void eitherDisplayVariableIsEnough() {
        assertFalse(GraphicalDisplay.missing(Map.of("DISPLAY", ":0"), LINUX));
        assertFalse(GraphicalDisplay.missing(Map.of("WAYLAND_DISPLAY", "wayland-0"), LINUX));
    }

    @Test
    void windowsAndMacNeedNoDisplayVariable() {
        assertFalse(GraphicalDisplay.missing(Map.of(), Map.of("os.name", "Windows 11")));
        assertFalse(GraphicalDisplay.missing(Map.of(), Map.of("os.name", "Mac OS X")));
    }

    /** The headless tests run JavaFX on Monocle with no DISPLAY at all: they must still get a window. */
    @Test
    void monocleOrTestFxHeadlessNeedsNoDisplay() {
        assertFalse(GraphicalDisplay.missing(Map.of(), Map.of("os.name", "Linux", "glass.platform", "Monocle")));
        assertFalse(GraphicalDisplay.missing(Map.of(), Map.of("os.name", "Linux", "monocle.platform", "Headless")));
        assertFalse(GraphicalDisplay.missing(Map.of(), Map.of("os.name", "Linux", "testfx.headless", "true")));
        assertTrue(GraphicalDisplay.missing(Map.of(), Map.of("os.name", "Linux", "testfx.headless", "false")));
    }

    @Test
    void gtkFailingToOpenTheDisplayIsRecognised() {
        UnsupportedOperationException gtk = new UnsupportedOperationException("Unable to open DISPLAY");
        assertTrue(GraphicalDisplay.isUnreachable(gtk));
        assertTrue(GraphicalDisplay.isUnreachable(new RuntimeException("launch failed", gtk)));
        assertFalse(GraphicalDisplay.isUnreachable(new UnsupportedOperationException("something else")));
        assertFalse(GraphicalDisplay.isUnreachable(new IllegalStateException("Unable to open DISPLAY")));
    }

    /** The real entry point in a child JVM on Linux with the display variables removed. */
    @Test
    void windowWithoutDisplayPrintsOneLocalizedSentenceAndExitsWithOne() throws Exception {
        Assumptions.assumeTrue(
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux"));
        for (String language : List.of("cs", "en")) {
            Result result = runWindow("--db", dir.resolve("x.db").toString(), "--lang", language);
            String expected = Localization.forLanguage(language).get("cli.error.noDisplay");
            assertEquals(1, result.exitCode, result.stderr);
            assertEquals(expected, result.stderr.strip(), "stderr");
            assertEquals("", result.stdout);
            assertFalse(dir.resolve("x.db").toFile().exists(), "nothing is opened or created");
        }
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }

    private static Result runWindow(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process child = builder.start();
        child.getOutputStream().close();
        byte[] out = child.getInputStream().readAllBytes();
        byte[] err = child.getErrorStream().readAllBytes();
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the child did not end");
        }
        return new Result(child.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }
}
