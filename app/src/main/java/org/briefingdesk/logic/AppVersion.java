package org.briefingdesk.logic;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The application's version, as the build wrote it from the Maven project version: what
 * {@code --version}, the log and the About dialog show.
 */
public final class AppVersion {
    private static final String RESOURCE = "version.properties";
    private static final String UNKNOWN = "dev";
    private static final String VERSION = read();

    private AppVersion() {
    }

    /** For example {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}; "dev" only if the build wrote none. */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", UNKNOWN);
            // An unfiltered copy (an IDE that copies resources itself) still says "${project.version}".
            return version.isBlank() || version.startsWith("${") ? UNKNOWN : version;
        } catch (IOException e) {
            return UNKNOWN; // an unknown version is no reason to fail to start
        }
    }
}
