package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.keys;
import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.ChangeEntry;
import org.briefingdesk.persistence.AuditContext;
import org.briefingdesk.persistence.SqliteStoreOpener;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.ui.settings.Appearance;
import org.briefingdesk.ui.settings.Theme;
import org.briefingdesk.ui.settings.UserIdentity;
import org.briefingdesk.ui.settings.UserSettings;
import org.junit.jupiter.api.Test;

/**
 * Nastavení in the real window: the name given there is the author of the next change in the history and the
 * "Připravil(a)" of a pack, never the login; the theme and the text size apply at once.
 */
class SettingsWindowTest extends WindowFixture {
    private final UserSettings settings = UserSettings.inMemory(new UserIdentity("root", ""));
    private final DialogHandle dialog = new DialogHandle(robot);

    @Override
    WindowSetup setup() {
        return WindowSetup.inMemory(preference).withSettings(settings);
    }

    /** Writes as Nastavení names the user, as the application's store does. */
    @Override
    RecordStore open(Path newFile) {
        return new SqliteStoreOpener(AuditContext.of(() -> settings.identity().map(UserIdentity::name).orElse(null)))
                .open(newFile, OpenMode.CREATE);
    }

    @Test
    void theNameGivenIsTheAuthorInTheHistoryAndOnThePack() {
        window.choose("settingsItem");
        waitUntil(() -> robot.lookup("#settingsName").tryQuery().isPresent());
        assertEquals("root", onFx(() -> robot.lookup("#settingsName").queryAs(TextField.class).getText()));
        replaceText("#settingsName", "Jana Nováková");
        replaceText("#settingsDepartment", "odbor bezpečnostní politiky");
        dialog.answer("Uložit");
        assertEquals(Optional.of(new UserIdentity("Jana Nováková", "odbor bezpečnostní politiky")),
                settings.identity());

        window.newRecord(Section.PEOPLE);
        waitUntil(() -> window.focused("givenName"));
        robot.write("Eva", 0);
        robot.clickOn("#familyName").write("Autorská", 0);
        keys(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> robot.lookup("#formPage").tryQuery().isEmpty());
        waitUntil(() -> window.firstColumn(Section.PEOPLE).contains("Eva Autorská"));
        window.clickRow(Section.PEOPLE, "Eva Autorská");
        waitUntil(() -> "Eva Autorská".equals(window.detailTitle(Section.PEOPLE)));
        waitUntil(() -> historyLines().stream().anyMatch(l -> l.contains("Jana Nováková")));
        assertTrue(historyLines().stream().noneMatch(l -> l.contains("root")), historyLines().toString());
        try (RecordStore reader = TestStores.opener().open(file, OpenMode.READ)) {
            assertEquals(List.of("Jana Nováková"), reader.history().findRecent(1).stream()
                    .map(ChangeEntry::changedBy).toList());
        }

        BriefingsHandle briefings = new BriefingsHandle(robot);
        window.pressShortcut(Section.BRIEFINGS);
        waitUntil(() -> window.showsPage(Section.BRIEFINGS));
        waitUntil(() -> briefings.lookup("#briefingTarget").isFocused());
        briefings.typeTarget("cooperova");
        waitUntil(() -> briefings.previewText().contains("Border Security Summit"));
        String preview = briefings.previewText();
        assertTrue(preview.contains("Jana Nováková, odbor bezpečnostní politiky"), preview);
        assertTrue(preview.contains("Připravil(a)"), preview);
    }

    @Test
    void theThemeAndTheTextSizeApplyAtOnce() {
        window.choose("settingsItem");
        waitUntil(() -> robot.lookup("#settingsTheme").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#settingsTheme").queryAs(ChoiceBox.class).setValue(Theme.DARK);
            robot.lookup("#settingsTextSize").queryAs(ChoiceBox.class).setValue(150);
        });
        dialog.answer("Uložit");
        waitUntil(() -> onFx(() -> robot.lookup("#menuBar").query().getScene().getStylesheets())
                .equals(Appearance.stylesheets(Theme.DARK, 150)));
        double size = onFx(() -> robot.lookup("#statusCounts").queryAs(Label.class).getFont().getSize());
        assertTrue(size > 12 * 1.4, "the status bar's 12 px at 150 %: " + size);
        assertEquals(Theme.DARK, settings.theme());
        assertEquals(150, settings.textSize());
    }

    private void replaceText(String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(text, 0);
    }

    private List<String> historyLines() {
        return onFx(() -> robot.lookup(".history-entry").queryAllAs(Label.class).stream()
                .filter(l -> l.getScene() != null && l.isVisible()).map(Label::getText).toList());
    }
}
