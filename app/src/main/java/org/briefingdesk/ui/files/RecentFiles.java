package org.briefingdesk.ui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The database files opened last, newest first (Soubor › Nedávné); the first is the one the window opens on the
 * next start. Kept in the user's preferences as absolute paths.
 */
public interface RecentFiles {
    int KEPT = 10;

    List<Path> load();

    void remember(Path file);

    /** The file opened last, when there is one. */
    default Optional<Path> last() {
        return load().stream().findFirst();
    }

    /** In the preferences of this operating system account. */
    static RecentFiles userPreferences() {
        Preferences node = Preferences.userRoot().node("org/briefingdesk");
        return new RecentFiles() {
            private static final String KEY = "recentFiles";

            @Override
            public List<Path> load() {
                String kept = node.get(KEY, "");
                return kept.isBlank() ? List.of() : Arrays.stream(kept.split("\n")).map(Path::of).toList();
            }

            @Override
            public void remember(Path file) {
                node.put(KEY, String.join("\n", withFirst(load(), file).stream().map(Path::toString).toList()));
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    System.getLogger(RecentFiles.class.getName())
                            .log(System.Logger.Level.WARNING, "could not store the recent files", e);
                }
            }
        };
    }

    /** In memory only: for tests. */
    static RecentFiles inMemory() {
        return new RecentFiles() {
            private volatile List<Path> kept = List.of();

            @Override
            public List<Path> load() {
                return kept;
            }

            @Override
            public void remember(Path file) {
                kept = withFirst(kept, file);
            }
        };
    }

    private static List<Path> withFirst(List<Path> kept, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(List.of(absolute));
        kept.stream().filter(f -> !f.equals(absolute)).limit(KEPT - 1).forEach(next::add);
        return next;
    }
}
