package org.briefingdesk.ui.settings;

import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What Nastavení keeps between starts: who works at this desk, the theme, the text size and how many backups are
 * kept (the language is
 * {@link org.briefingdesk.ui.common.LanguagePreference}'s).
 */
public interface UserSettings {
    /** The text sizes offered, in per cent of the standard one. */
    List<Integer> TEXT_SIZES = List.of(100, 125, 150);

    /** Empty until the user confirmed a name once (the first start asks). */
    Optional<UserIdentity> identity();

    void saveIdentity(UserIdentity identity);

    Theme theme();

    void saveTheme(Theme theme);

    /** 100, 125 or 150. */
    int textSize();

    void saveTextSize(int percent);

    /** How many backups are kept: the newest {@code keepLast}, and one a day for {@code dailyDays} days. */
    record BackupKeeping(int keepLast, int dailyDays) {
        /** As the application keeps them unless told otherwise. */
        public static final BackupKeeping DEFAULT = new BackupKeeping(10, 7);

        public BackupKeeping {
            keepLast = Math.max(1, Math.min(keepLast, 999));
            dailyDays = Math.max(0, Math.min(dailyDays, 365));
        }
    }

    BackupKeeping backups();

    void saveBackups(BackupKeeping keeping);

    /** The name changes are made in: the confirmed one, else the operating system's. */
    default UserIdentity identityOrDefault() {
        return identity().orElseGet(UserIdentity::fromOperatingSystem);
    }

    /** In the preferences of this operating system account. */
    static UserSettings userPreferences() {
        Preferences node = Preferences.userRoot().node("org/briefingdesk/settings");
        return new UserSettings() {
            @Override
            public Optional<UserIdentity> identity() {
                String name = node.get("name", null);
                return name == null ? Optional.empty()
                        : Optional.of(new UserIdentity(name, node.get("department", "")));
            }

            @Override
            public void saveIdentity(UserIdentity identity) {
                node.put("name", identity.name());
                node.put("department", identity.department());
                flush();
            }

            @Override
            public Theme theme() {
                try {
                    return Theme.valueOf(node.get("theme", Theme.LIGHT.name()));
                } catch (IllegalArgumentException e) {
                    return Theme.LIGHT;
                }
            }

            @Override
            public void saveTheme(Theme theme) {
                node.put("theme", theme.name());
                flush();
            }

            @Override
            public int textSize() {
                int size = node.getInt("textSize", 100);
                return TEXT_SIZES.contains(size) ? size : 100;
            }

            @Override
            public void saveTextSize(int percent) {
                node.putInt("textSize", percent);
                flush();
            }

            @Override
            public BackupKeeping backups() {
                return new BackupKeeping(node.getInt("backupsKeepLast", BackupKeeping.DEFAULT.keepLast()),
                        node.getInt("backupsDailyDays", BackupKeeping.DEFAULT.dailyDays()));
            }

            @Override
            public void saveBackups(BackupKeeping keeping) {
                node.putInt("backupsKeepLast", keeping.keepLast());
                node.putInt("backupsDailyDays", keeping.dailyDays());
                flush();
            }

            private void flush() {
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    System.getLogger(UserSettings.class.getName())
                            .log(System.Logger.Level.WARNING, "could not store the settings", e);
                }
            }
        };
    }

    /** In memory only, with {@code identity} confirmed already (null: a first start, which asks): for tests. */
    static UserSettings inMemory(UserIdentity identity) {
        return new UserSettings() {
            private volatile UserIdentity kept = identity;
            private volatile Theme theme = Theme.LIGHT;
            private volatile int textSize = 100;
            private volatile BackupKeeping backups = BackupKeeping.DEFAULT;

            @Override
            public Optional<UserIdentity> identity() {
                return Optional.ofNullable(kept);
            }

            @Override
            public void saveIdentity(UserIdentity confirmed) {
                kept = confirmed;
            }

            @Override
            public Theme theme() {
                return theme;
            }

            @Override
            public void saveTheme(Theme chosen) {
                theme = chosen;
            }

            @Override
            public int textSize() {
                return textSize;
            }

            @Override
            public void saveTextSize(int percent) {
                textSize = percent;
            }

            @Override
            public BackupKeeping backups() {
                return backups;
            }

            @Override
            public void saveBackups(BackupKeeping keeping) {
                backups = keeping;
            }
        };
    }
}
