package org.briefingdesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.briefingdesk.testutil.Locks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Nastavení without a stage: what it proposes, what it refuses, what it keeps. */
@ResourceLock(Locks.FX_TOOLKIT)
class SettingsViewModelTest {
    @Test
    void aFirstStartProposesTheOperatingSystemsNameAndKeepsWhatIsSaved() {
        UserSettings settings = UserSettings.inMemory(null);
        SettingsViewModel vm = new SettingsViewModel(settings, "cs");
        assertEquals(UserIdentity.fromOperatingSystem().name(), vm.nameProperty().get());
        assertEquals(Optional.empty(), settings.identity(), "nothing kept before Uložit");

        vm.nameProperty().set("  Jana Nováková ");
        vm.departmentProperty().set("odbor bezpečnostní politiky");
        vm.themeProperty().set(Theme.DARK);
        vm.textSizeProperty().set(150);
        vm.backupsKeepLastProperty().set(20);
        vm.backupsDailyDaysProperty().set(14);
        vm.save();
        assertEquals(new UserSettings.BackupKeeping(20, 14), settings.backups());

        assertEquals(Optional.of(new UserIdentity("Jana Nováková", "odbor bezpečnostní politiky")),
                settings.identity());
        assertEquals("Jana Nováková, odbor bezpečnostní politiky", settings.identity().get().signature());
        assertEquals(Theme.DARK, settings.theme());
        assertEquals(150, settings.textSize());
    }

    @Test
    void aBlankNameCannotBeSaved() {
        UserSettings settings = UserSettings.inMemory(new UserIdentity("Jana Nováková", ""));
        SettingsViewModel vm = new SettingsViewModel(settings, "cs");
        assertTrue(vm.validProperty().get());
        vm.nameProperty().set("   ");
        assertFalse(vm.validProperty().get());
        assertThrows(IllegalStateException.class, vm::save);
        assertEquals("Jana Nováková", settings.identity().get().name(), "the kept name stays");
    }

    @Test
    void aTextSizeNotOfferedFallsBackToTheStandardOne() {
        UserSettings settings = UserSettings.inMemory(new UserIdentity("Jana", ""));
        SettingsViewModel vm = new SettingsViewModel(settings, "en");
        vm.textSizeProperty().set(300);
        vm.save();
        assertEquals(100, settings.textSize());
        assertEquals("Jana", new UserIdentity("Jana", "").signature());
    }

    @Test
    void themesAndSizesHaveTheirStylesheets() {
        assertEquals(1, Appearance.stylesheets(Theme.LIGHT, 100).size());
        List<String> dark = Appearance.stylesheets(Theme.DARK, 150);
        assertTrue(dark.get(0).endsWith("app.css") && dark.get(1).endsWith("theme-dark.css")
                && dark.get(2).endsWith("text-150.css"), dark.toString());
        assertTrue(Appearance.stylesheets(Theme.HIGH_CONTRAST, 125).get(1).endsWith("theme-high-contrast.css"));
    }
}
