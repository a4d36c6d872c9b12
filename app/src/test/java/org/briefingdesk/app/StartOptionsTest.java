package org.briefingdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.briefingdesk.ui.shell.StartupProbe;
import org.junit.jupiter.api.Test;

class StartOptionsTest {
    @Test
    void aDatabaseHandedOverByTheDesktopIsTheOneOpened() {
        StartOptions options = StartOptions.parse(List.of("/data/porada.bddb"));
        assertEquals(Path.of("/data/porada.bddb").toString(), options.database());
        assertNull(options.bundle());
        assertEquals(Path.of("/data/porada.bddb").toString(),
                StartOptions.parse(List.of("file:///data/porada.bddb")).database(), "desktops may pass a URI");
    }

    @Test
    void theDbOptionWinsOverAFile() {
        assertEquals("/data/jina.db",
                StartOptions.parse(List.of("/data/porada.bddb", "--db", "/data/jina.db")).database());
    }

    @Test
    void aBundleOpensTheUsualDatabaseAndIsNamed() {
        StartOptions options = StartOptions.parse(List.of("--lang", "en", "/data/ZÁZNAMY.BDESK"));
        assertNull(options.database(), "the default database");
        assertEquals(Path.of("/data/ZÁZNAMY.BDESK"), options.bundle());
        assertEquals("en", options.language());
    }

    @Test
    void theStartProbeIsAHiddenOptionWithStepsInOrder() {
        StartOptions options =
                StartOptions.parse(List.of("--db", "x.db", "--startup-probe=frame,overview,search=Londýn"));
        assertEquals("x.db", options.database());
        assertNull(options.file(), "the probe's value is no file");
        assertEquals(List.of("frame", "overview", "search=Londýn"), StartupProbe.steps(options.startupProbe()));
    }
}
