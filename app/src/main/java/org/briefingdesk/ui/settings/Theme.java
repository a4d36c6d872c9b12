package org.briefingdesk.ui.settings;

/**
 * How the window looks. app.css derives every shade from a palette of looked-up colours; a theme's stylesheet
 * (added after app.css) redefines only that palette.
 */
public enum Theme {
    LIGHT("ui.settings.theme.light", null), DARK("ui.settings.theme.dark", "theme-dark.css"),
    HIGH_CONTRAST("ui.settings.theme.highContrast", "theme-high-contrast.css");

    private final String labelKey;
    private final String stylesheet;

    Theme(String labelKey, String stylesheet) {
        this.labelKey = labelKey;
        this.stylesheet = stylesheet;
    }

    /** The palette's stylesheet beside app.css; null for the light one, which app.css defines. */
    String stylesheet() {
        return stylesheet;
    }

    public String labelKey() {
        return labelKey;
    }
}
