package org.briefingdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database file is: {@code --db FILE}, else {@code BRIEFING_DESK_DB}, else the per-user data
 * folder of the operating system (PRODUCT.md, "Where things live").
 */
public final class DatabaseLocation {
    public static final String ENV_VARIABLE = "BRIEFING_DESK_DB";
    public static final String FILE_NAME = "briefing-desk.db";

    private DatabaseLocation() {
    }

    /** The file to open, given the {@code --db} option (null when absent) and the environment. */
    public static Path resolve(String dbOption, Map<String, String> env, Map<String, String> systemProperties) {
        if (dbOption != null && !dbOption.isBlank()) {
            return Path.of(dbOption).toAbsolutePath();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return defaultFolder(env, systemProperties).resolve(FILE_NAME);
    }

    public static Path resolve(String dbOption) {
        return resolve(dbOption, System.getenv(), Map.of(
                "os.name", System.getProperty("os.name", ""),
                "user.home", System.getProperty("user.home", ".")));
    }

    static Path defaultFolder(Map<String, String> env, Map<String, String> systemProperties) {
        String os = systemProperties.getOrDefault("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(systemProperties.getOrDefault("user.home", "."));
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData))
                    .resolve("Briefing Desk");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Briefing Desk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path dataHome = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return dataHome.resolve("briefing-desk");
    }
}
