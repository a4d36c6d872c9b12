package org.briefingdesk.app;

import java.util.Locale;
import java.util.Map;

/**
 * Whether the window can open at all. On Linux and the other X11/Wayland systems JavaFX needs a
 * display server; without one its toolkit fails with a stack trace. {@link Main} asks first and, when
 * there is none, says so in one sentence instead of starting JavaFX.
 */
final class GraphicalDisplay {
    /** Set when JavaFX runs on its own platform (Monocle, as the headless tests do): no display is needed. */
    private static final String[] OWN_PLATFORM_PROPERTIES = {"glass.platform", "monocle.platform"};

    private GraphicalDisplay() {
    }

    /**
     * True when the window certainly cannot open: an X11/Wayland system (not Windows, not macOS) with
     * neither {@code DISPLAY} nor {@code WAYLAND_DISPLAY} set, and JavaFX not told to use a platform of
     * its own ({@code -Dglass.platform=Monocle}, {@code -Dtestfx.headless=true}).
     */
    static boolean missing(Map<String, String> env, Map<String, String> systemProperties) {
        String os = systemProperties.getOrDefault("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return false;
        }
        for (String property : OWN_PLATFORM_PROPERTIES) {
            if (!blank(systemProperties.get(property))) {
                return false;
            }
        }
        if ("true".equalsIgnoreCase(systemProperties.get("testfx.headless"))) {
            return false;
        }
        return blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"));
    }

    /** {@link #missing(Map, Map)} for this process. */
    static boolean missing() {
        return missing(System.getenv(), Map.of(
                "os.name", System.getProperty("os.name", ""),
                "glass.platform", System.getProperty("glass.platform", ""),
                "monocle.platform", System.getProperty("monocle.platform", ""),
                "testfx.headless", System.getProperty("testfx.headless", "")));
    }

    /**
     * True for the failure of JavaFX's toolkit when the display named by {@code DISPLAY} cannot be opened
     * (set, but no server answers): GTK's "Unable to open DISPLAY", anywhere in the chain of causes.
     */
    static boolean isUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnsupportedOperationException && t.getMessage() != null
                    && t.getMessage().contains("DISPLAY")) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
