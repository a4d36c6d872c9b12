package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import org.briefingdesk.testutil.FxSettle;
import org.briefingdesk.ui.settings.Theme;
import org.briefingdesk.ui.settings.UserIdentity;
import org.briefingdesk.ui.settings.UserSettings;
import org.junit.jupiter.api.Test;

/**
 * In the dark theme the link fields' suggestion list is dark too, its chosen row included, its text light: drawn
 * from the palette.
 */
class DarkSuggestionsWindowTest extends WindowFixture {
    @Override
    WindowSetup setup() {
        UserSettings settings = UserSettings.inMemory(new UserIdentity("Jana Nováková", ""));
        settings.saveTheme(Theme.DARK);
        return WindowSetup.inMemory(preference).withSettings(settings);
    }

    @Test
    void theSuggestionListOfALinkFieldIsDarkInTheDarkTheme() {
        window.pressShortcut(Section.PEOPLE);
        window.waitForRows(Section.PEOPLE);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        FormHandle form = new FormHandle(robot);
        form.waitUntilOpen("givenName");
        form.type("country", "Ir");
        waitUntil(() -> !popupCells().isEmpty());
        FxSettle.settle();
        List<String> light = onFx(() -> {
            List<String> found = new ArrayList<>();
            for (ListCell<?> cell : popupCells()) {
                ListView<?> list = cell.getListView();
                if (brightness(list) > 0.4) {
                    found.add("list " + fill(list));
                }
                if (brightness(cell) > 0.4) {
                    found.add(cell.getText() + " on " + fill(cell));
                }
                if (cell.getTextFill() instanceof Color text && text.getBrightness() < 0.6) {
                    found.add(cell.getText() + " written in " + text);
                }
            }
            return found;
        });
        assertFalse(onFx(this::popupCells).isEmpty());
        assertTrue(light.isEmpty(), "light in the dark theme: " + light);
    }

    private List<ListCell<?>> popupCells() {
        return robot.lookup(".list-cell").match((ListCell<?> c) -> c.getText() != null && c.isVisible()
                && c.getScene() != null && c.getScene().getWindow() instanceof PopupWindow
                && c.getScene().getWindow().isShowing()).queryAll().stream()
                .<ListCell<?>>map(c -> (ListCell<?>) c).toList();
    }

    /** The brightness of the region's top background fill (1 for none: nothing dark is drawn). */
    private static double brightness(Region region) {
        return fill(region) instanceof Color color ? color.getBrightness() : 1;
    }

    private static Object fill(Region region) {
        if (region.getBackground() == null || region.getBackground().getFills().isEmpty()) {
            return null;
        }
        List<BackgroundFill> fills = region.getBackground().getFills();
        return fills.get(fills.size() - 1).getFill();
    }
}
