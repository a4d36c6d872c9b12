package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.keys;
import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import org.briefingdesk.logic.AppVersion;
import org.junit.jupiter.api.Test;

/** Nápověda in the real window: the shortcut list has the Soubor keys, the search syntax runs its examples, and O
 * aplikaci says where everything is. */
class HelpWindowTest extends WindowFixture {
    @Test
    void theShortcutListCarriesTheFileMenusKeys() {
        keys(robot, KeyCode.F1);
        waitUntil(() -> robot.lookup("#shortcutsList").tryQuery().isPresent());
        GridPane list = robot.lookup("#shortcutsList").queryAs(GridPane.class);
        List<String> lines = onFx(() -> list.getChildren().stream().map(n -> ((Label) n).getText()).toList());
        assertTrue(lines.contains("Otevřít…"), lines.toString());
        assertTrue(lines.contains("Nastavení…"), lines.toString());
        keys(robot, KeyCode.ESCAPE);
    }

    @Test
    void everyOperatorHasAnExampleAndClickingOneRunsIt() {
        window.choose("searchSyntaxItem");
        waitUntil(() -> robot.lookup("#searchSyntaxList").tryQuery().isPresent());
        List<String> examples = onFx(() -> robot.lookup(".search-example").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList());
        assertEquals(SearchSyntaxDialog.PARTS.size(), examples.size(), examples.toString());
        assertTrue(examples.containsAll(List.of("kdo:Rakušan", "\"ochrana hranic\"", "typ:výrok Rakušan")),
                examples.toString());
        assertFalse(examples.stream().anyMatch(e -> e.startsWith("ui.")), examples.toString());

        robot.clickOn(robot.lookup("#searchExample-person").queryAs(Hyperlink.class));

        waitUntil(() -> robot.lookup("#searchSyntaxList").tryQuery().isEmpty());
        TextField field = robot.lookup("#searchField").queryAs(TextField.class);
        assertEquals("kdo:Rakušan", onFx(field::getText));
        waitUntil(() -> onFx(() -> mainWindow.view().shownSearchTotal("kdo:Rakušan")).isPresent());
        OptionalLong found = onFx(() -> mainWindow.view().shownSearchTotal("kdo:Rakušan"));
        assertTrue(found.getAsLong() >= 5, "the sample's records about Rakušan: " + found);
    }

    @Test
    void aboutNamesTheVersionLicenceDatabaseBackupsAndLogUncut() {
        window.choose("aboutItem");
        waitUntil(() -> robot.lookup("#aboutList").tryQuery().isPresent());
        GridPane list = robot.lookup("#aboutList").queryAs(GridPane.class);
        List<String> lines = onFx(() -> {
            List<String> texts = list.getChildren().stream().map(n -> ((Label) n).getText()).toList();
            List<String> joined = new ArrayList<>();
            for (int i = 0; i + 1 < texts.size(); i += 2) {
                joined.add(texts.get(i) + ": " + texts.get(i + 1));
            }
            return joined;
        });
        assertEquals(List.of("Verze: " + AppVersion.current(), "Licence: EUPL-1.2 (European Union Public Licence)",
                "Databáze: " + file, "Zálohy: " + file.toAbsolutePath().resolveSibling("backups"),
                "Protokol: —"), lines, "no log in tests");
        // Every value shown whole: a long path wraps rather than ending in an ellipsis.
        List<String> shown = onFx(() -> list.getChildren().stream().map(n -> ((Label) n).lookup(".text"))
                .map(t -> ((Text) t).getText()).toList());
        assertTrue(shown.stream().noneMatch(t -> t.endsWith("...") || t.endsWith("…")), shown.toString());
        keys(robot, KeyCode.ESCAPE);
    }
}
