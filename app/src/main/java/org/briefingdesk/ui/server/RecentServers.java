package org.briefingdesk.ui.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The team servers connected to last, newest first, kept in the user's preferences as addresses
 * with their user (never a password).
 */
public interface RecentServers {
    int KEPT = 5;

    List<String> load();

    void remember(String address);

    /** In the preferences of this operating system account. */
    static RecentServers userPreferences() {
        Preferences node = Preferences.userRoot().node("org/briefingdesk");
        return new RecentServers() {
            private static final String KEY = "recentServers";

            @Override
            public List<String> load() {
                String kept = node.get(KEY, "");
                return kept.isBlank() ? List.of() : Arrays.asList(kept.split("\n"));
            }

            @Override
            public void remember(String address) {
                node.put(KEY, String.join("\n", withFirst(load(), address)));
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    System.getLogger(RecentServers.class.getName())
                            .log(System.Logger.Level.WARNING, "could not store the recent servers", e);
                }
            }
        };
    }

    /** In memory only: for tests. */
    static RecentServers inMemory() {
        return new RecentServers() {
            private List<String> kept = List.of();

            @Override
            public List<String> load() {
                return kept;
            }

            @Override
            public void remember(String address) {
                kept = withFirst(kept, address);
            }
        };
    }

    private static List<String> withFirst(List<String> kept, String address) {
        List<String> next = new ArrayList<>(List.of(address));
        kept.stream().filter(a -> !a.equals(address)).limit(KEPT - 1).forEach(next::add);
        return next;
    }
}
