package org.briefingdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into the jar; "dev" when running from classes. */
final class AppVersion {
    private static final String POM_PROPERTIES = "/META-INF/maven/org.briefingdesk/briefing-desk/pom.properties";

    private AppVersion() {
    }

    static String version() {
        try (InputStream in = AppVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "dev");
            }
        } catch (IOException e) {
            // fall through: an unknown version is no reason to fail --version
        }
        return "dev";
    }
}
