package org.briefingdesk.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;

/**
 * The window's stylesheets for a theme and a text size: app.css, then the theme's palette, then the root font
 * size (every other size in app.css is relative to it, so all text grows together). Dialogs copy the window's
 * stylesheets, so they follow.
 */
public final class Appearance {
    private static final String FOLDER = "/org/briefingdesk/ui/";
    public static final String BASE = "/org/briefingdesk/ui/app.css";

    private Appearance() {
    }

    /** The stylesheets' URLs, in order. */
    public static List<String> stylesheets(Theme theme, int textSize) {
        List<String> sheets = new ArrayList<>(List.of(url(BASE)));
        if (theme.stylesheet() != null) {
            sheets.add(url(FOLDER + theme.stylesheet()));
        }
        if (textSize != 100) {
            sheets.add(url(FOLDER + "text-" + textSize + ".css"));
        }
        return sheets;
    }

    public static void apply(Scene scene, Theme theme, int textSize) {
        scene.getStylesheets().setAll(stylesheets(theme, textSize));
    }

    private static String url(String resource) {
        return Objects.requireNonNull(Appearance.class.getResource(resource), resource).toExternalForm();
    }
}
