package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.keys;
import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.briefingdesk.logic.search.SearchHit;
import org.briefingdesk.model.RecordKind;
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

    /**
     * A hit's kind chip keeps its word when the title beside it wraps: the report of the sample, whose title takes
     * two lines, showed "…" for "zpráva" at the window's usual width.
     */
    @Test
    void aKindChipIsNeverCutBesideALongTitle() {
        robot.interact(() -> {
            Stage stage = (Stage) robot.lookup("#searchField").query().getScene().getWindow();
            stage.setWidth(stage.getMinWidth());
        });
        keys(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("hranice");
        waitUntil(() -> robot.lookup(".search-results").tryQuery().isPresent()
                && results(robot).getItems().stream().anyMatch(h -> h.kind() == RecordKind.REPORT));
        FxSettle.settle();
        // Each chip as its skin shows it: its word whole, or cut to the ellipsis.
        List<String> chips = onFx(() -> robot.lookup(".search-results .kind-chip").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(chip -> ((Text) chip.lookup(".text")).getText()).toList());
        assertTrue(chips.contains("zpráva"), chips.toString());
        assertTrue(chips.stream().noneMatch(c -> c.endsWith("...") || c.endsWith("…")), chips.toString());
    }
}
