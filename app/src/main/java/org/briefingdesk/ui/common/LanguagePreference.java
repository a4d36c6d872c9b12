package org.briefingdesk.ui.common;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The language the user last chose in the menu, remembered between starts with java.util.prefs. */
public interface LanguagePreference {
    String KEY = "language";

    /** "cs" or "en", when the user has chosen one. */
    Optional<String> load();

    void save(String language);

    /** Kept in the user's preferences of this operating system account. */
    static LanguagePreference userPreferences() {
        Preferences node = Preferences.userRoot().node("org/briefingdesk");
        return new LanguagePreference() {
            @Override
            public Optional<String> load() {
                return Optional.ofNullable(node.get(KEY, null));
            }

            @Override
            public void save(String language) {
                node.put(KEY, language);
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    Logger.getLogger(LanguagePreference.class.getName())
                            .log(Level.WARNING, "Could not store the language preference", e);
                }
            }
        };
    }

    /** Kept in memory only: for tests. */
    static LanguagePreference inMemory() {
        return new LanguagePreference() {
            private String value;

            @Override
            public Optional<String> load() {
                return Optional.ofNullable(value);
            }

            @Override
            public void save(String language) {
                value = language;
            }
        };
    }
}
