package org.briefingdesk.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.briefingdesk.ui.common.LanguagePreference;
import org.briefingdesk.ui.files.FileDialogs;
import org.briefingdesk.ui.files.RecentFiles;
import org.briefingdesk.ui.settings.UserIdentity;
import org.briefingdesk.ui.settings.UserSettings;

/**
 * What the window keeps between starts and the system dialogs it opens files with: the application gives the
 * user's preferences and the system's dialogs, tests in-memory ones and fakes.
 */
public record WindowSetup(LanguagePreference language, RecentFiles recentFiles, UserSettings settings,
                          FileDialogs files, Supplier<Optional<Path>> logFile) {
    /**
     * The preferences of this operating system account and the system's dialogs.
     *
     * @param logFile where the application logs (O aplikaci names its folder); empty while there is no log
     */
    public static WindowSetup system(Supplier<Optional<Path>> logFile) {
        return new WindowSetup(LanguagePreference.userPreferences(), RecentFiles.userPreferences(),
                UserSettings.userPreferences(), FileDialogs.system(), logFile);
    }

    /** Nothing remembered beyond memory, the name confirmed already (no first-start question): for tests. */
    public static WindowSetup inMemory(LanguagePreference language) {
        return new WindowSetup(language, RecentFiles.inMemory(),
                UserSettings.inMemory(UserIdentity.fromOperatingSystem()), FileDialogs.system(), Optional::empty);
    }

    public WindowSetup withFiles(FileDialogs dialogs) {
        return new WindowSetup(language, recentFiles, settings, dialogs, logFile);
    }

    public WindowSetup withRecentFiles(RecentFiles kept) {
        return new WindowSetup(language, kept, settings, files, logFile);
    }

    public WindowSetup withSettings(UserSettings kept) {
        return new WindowSetup(language, recentFiles, kept, files, logFile);
    }
}
