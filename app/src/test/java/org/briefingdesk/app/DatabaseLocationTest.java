package org.briefingdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {
    private static final Map<String, String> LINUX = Map.of("os.name", "Linux", "user.home", "/home/jana");

    @Test
    void dbOptionBeatsEnvironmentVariable() {
        Path resolved = DatabaseLocation.resolve("/data/option.db",
                Map.of(DatabaseLocation.ENV_VARIABLE, "/data/env.db"), LINUX);
        assertEquals(Path.of("/data/option.db"), resolved);
    }

    @Test
    void environmentVariableBeatsDefaultFolder() {
        Path resolved = DatabaseLocation.resolve(null, Map.of(DatabaseLocation.ENV_VARIABLE, "/data/env.db",
                "XDG_DATA_HOME", "/xdg"), LINUX);
        assertEquals(Path.of("/data/env.db"), resolved);
    }

    @Test
    void blankOptionAndVariableMeanTheDefault() {
        Path resolved = DatabaseLocation.resolve(" ", Map.of(DatabaseLocation.ENV_VARIABLE, ""), LINUX);
        assertEquals(Path.of("/home/jana/.local/share/briefing-desk/briefing-desk.db"), resolved);
    }

    @Test
    void linuxDefaultFollowsXdgDataHome() {
        Path resolved = DatabaseLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), LINUX);
        assertEquals(Path.of("/xdg/briefing-desk/briefing-desk.db"), resolved);
    }

    @Test
    void windowsDefaultIsInAppData() {
        Map<String, String> windows = Map.of("os.name", "Windows 11", "user.home", "C:/Users/jana");
        assertEquals(Path.of("C:/AppData/Roaming", "Briefing Desk", "briefing-desk.db"),
                DatabaseLocation.resolve(null, Map.of("APPDATA", "C:/AppData/Roaming"), windows));
        assertEquals(Path.of("C:/Users/jana", "AppData", "Roaming", "Briefing Desk", "briefing-desk.db"),
                DatabaseLocation.resolve(null, Map.of(), windows));
    }

    @Test
    void macDefaultIsInApplicationSupport() {
        Map<String, String> mac = Map.of("os.name", "Mac OS X", "user.home", "/Users/jana");
        assertEquals(Path.of("/Users/jana/Library/Application Support/Briefing Desk/briefing-desk.db"),
                DatabaseLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), mac));
    }

    @Test
    void relativeOptionBecomesAbsolute() {
        assertEquals(Path.of("x.db").toAbsolutePath(), DatabaseLocation.resolve("x.db", Map.of(), LINUX));
    }
}
