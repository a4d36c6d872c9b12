package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.keys;
import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.briefingdesk.logic.search.SearchHit;
import org.briefingdesk.testutil.FxSettle;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The search field in the real window: Ctrl+F, typing without diacritics, Down, Enter opens the record. */
class SearchFieldTest extends WindowFixture {
    @SuppressWarnings("unchecked")
    private static ListView<SearchHit> results(FxRobot robot) {
        return robot.lookup(".search-results").queryAs(ListView.class);
    }

    @Test
    void typingFindsAndEnterOpensTheRecord() {
        keys(robot, KeyCode.CONTROL, KeyCode.F);
        FxSettle.settle();
        TextField field = robot.lookup("#searchField").queryAs(TextField.class);
        assertTrue(onFx(field::isFocused), "Ctrl+F puts the cursor in the search field");

        robot.write("rakusan legislativa");
        waitUntil(() -> robot.lookup(".search-results").tryQuery().isPresent()
                && results(robot).getItems().stream().anyMatch(h -> h.title().equals("Vít Rakušan")));
        List<String> kinds = onFx(() -> results(robot).getItems().stream().map(h -> h.kind().name()).toList());
        assertTrue(kinds.contains("STATEMENT"), kinds.toString());

        robot.type(KeyCode.BACK_SPACE, "rakusan legislativa".length());
        robot.write("Cooperovou");
        waitUntil(() -> !results(robot).getItems().isEmpty()
                && results(robot).getItems().get(0).title().equals("Yvette Cooper"));
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> window.selectedSection() == Section.PEOPLE && window.showsPage(Section.PEOPLE));
        waitUntil(() -> "Yvette Cooper".equals(window.selectedFirstCell(Section.PEOPLE)));
        assertEquals("Yvette Cooper", window.detailTitle(Section.PEOPLE));
    }
}
