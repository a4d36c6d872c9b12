package org.briefingdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The JVM options every start of the window is given (the installed launcher's, {@code mvn javafx:run}'s), as the
 * build wrote them from {@code app/pom.xml}: one place names them, and the benchmarks start their child JVMs
 * with them so that they measure what a user starts.
 */
public final class LauncherOptions {
    private static final String RESOURCE = "launcher.properties";

    private LauncherOptions() {
    }

    /** For example {@code [-Xmx512m]}. */
    public static List<String> javaOptions() {
        try (InputStream in = LauncherOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the build writes it");
            }
            Properties properties = new Properties();
            properties.load(in);
            String options = properties.getProperty("java.options", "").strip();
            if (options.contains("${")) {
                throw new IllegalStateException(RESOURCE + " was not filtered by the build: " + options);
            }
            return options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
