package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.keys;
import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.briefingdesk.logic.records.Choice;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.testutil.FxSettle;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer hit in the real window (issue 11's rough edges): the actions act on what is on screen,
 * Ctrl+2 … Ctrl+8 put the cursor in the table, and the delete question names the kind in Czech grammar.
 * The sample's one commitment is left out, so that Závazky is an empty section.
 */
class RoughEdgesWindowTest extends WindowFixture {
    private final DialogHandle dialog = new DialogHandle(robot);
    private final FormHandle form = new FormHandle(robot);

    @Override
    void fill(RecordStore opened) {
        opened.commitments().findAll().forEach(c -> opened.commitments().delete(c.id()));
    }

    private boolean disabled(String buttonId) {
        return onFx(() -> robot.lookup("#" + buttonId).queryButton().isDisabled());
    }

    @Test
    void editAndDeleteAreOffWithNothingSelectedAndOnTheSearchPage() throws InterruptedException {
        window.pressShortcut(Section.COMMITMENTS);
        waitUntil(() -> window.showsPage(Section.COMMITMENTS));
        FxSettle.settle();
        assertFalse(disabled("newButton"), "a new commitment can be written");
        assertTrue(disabled("editButton"), "nothing to edit in an empty section");
        assertTrue(disabled("deleteButton"), "nothing to delete in an empty section");

        window.openSection(Section.PEOPLE);
        window.clickRow(Section.PEOPLE, "Yvette Cooper");
        waitUntil(() -> !disabled("deleteButton"));
        assertFalse(disabled("editButton"));

        keys(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("Londýn");
        waitUntil(() -> robot.lookup(".search-results").tryQuery().map(n -> n.getScene() != null).orElse(false));
        assertTrue(disabled("deleteButton"), "the Osoby table is hidden behind the results");
        assertTrue(disabled("editButton"));
        assertTrue(disabled("newButton"));
        keys(robot, KeyCode.CONTROL, KeyCode.DELETE);
        Thread.sleep(300); // time enough for the question to come, had the deletion been offered
        FxSettle.settle();
        assertFalse(dialog.isShowing(), "no offer to delete the hidden row");

        keys(robot, KeyCode.ESCAPE); // clears the search: the people are back, and so are the actions
        waitUntil(() -> window.showsPage(Section.PEOPLE) && !disabled("deleteButton"));
    }

    @Test
    void theDeleteQuestionPutsTheKindInTheAccusative() {
        window.openSection(Section.PEOPLE);
        window.clickRow(Section.PEOPLE, "Yvette Cooper");
        keys(robot, KeyCode.DELETE);
        String question = dialog.waitFor("Yvette Cooper");
        assertTrue(question.startsWith("Smazat osobu „Yvette Cooper“?"), question);
        dialog.answer("Ne");
        assertTrue(window.firstColumn(Section.PEOPLE).contains("Yvette Cooper"));

        window.openSection(Section.EVENTS);
        window.clickRow(Section.EVENTS, "Border Security Summit");
        keys(robot, KeyCode.DELETE);
        question = dialog.waitFor("Border Security Summit");
        assertTrue(question.startsWith("Smazat akci „Border Security Summit“?"), question);
        dialog.answer("Ne");
    }

    @Test
    void aNewFormSaysWhySaveIsOffAndASaveThatFailsPutsTheCursorAtTheField() {
        window.newRecord(Section.PEOPLE);
        form.waitUntilOpen("givenName");
        assertTrue(disabled("saveButton"));
        Label hint = robot.lookup("#saveHint").queryAs(Label.class);
        assertTrue(onFx(hint::isVisible), "the reason is beside the button");
        assertEquals("Uložit zatím nelze: Osoba musí mít jméno nebo příjmení.", onFx(hint::getText));
        String countryPrompt = onFx(() -> ((TextField) form.field("country")).getPromptText());
        assertEquals("Název nebo kód země (např. Irsko, GB)", countryPrompt);

        keys(robot, KeyCode.CONTROL, KeyCode.S);
        TextField familyName = (TextField) form.field("familyName");
        waitUntil(() -> onFx(familyName::isFocused));
        assertEquals(List.of("Osoba musí mít jméno nebo příjmení."), onFx(() -> robot.from(familyName.getParent())
                .lookup(".field-error").queryAllAs(Label.class).stream().map(Label::getText).toList()),
                "the sentence is at the field the cursor went to");
        form.type(familyName, "Nováková");
        waitUntil(() -> !disabled("saveButton"));
        assertFalse(onFx(hint::isVisible), "nothing missing, nothing said");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePodkladyTopicFilterSaysAllTopicsOrTheTickedOnesNeverACount() {
        window.pressShortcut(Section.BRIEFINGS);
        waitUntil(() -> robot.lookup("#briefingTopics").tryQuery().isPresent());
        CheckComboBox<Choice> topics = robot.lookup("#briefingTopics").queryAs(CheckComboBox.class);
        waitUntil(() -> onFx(() -> !topics.getItems().isEmpty()));
        assertEquals(List.of("Všechna témata"), shownTexts(topics));

        Choice first = onFx(() -> topics.getItems().get(0));
        onFx(() -> {
            topics.getCheckModel().check(first);
            return null;
        });
        FxSettle.settle();
        assertEquals(List.of(first.label()), shownTexts(topics));
        assertEquals("Podklad k jednání s", onFx(() -> robot.lookup("#targetLabel").queryAs(Label.class).getText()));
    }

    /** The texts the closed CheckComboBox shows (its skin's labels that are visible). */
    private List<String> shownTexts(CheckComboBox<Choice> box) {
        return onFx(() -> {
            box.applyCss();
            return robot.from(box).lookup((Node n) -> n instanceof Labeled l && l.isVisible() && l.getText() != null
                    && !l.getText().isBlank()).queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
        });
    }

    @Test
    void datesAndHeadingsAreNeverCutAndSearchHitsStayInsideTheList() {
        // The size of the README's screenshot, where "Do" was cut off.
        onFx(() -> {
            Window stage = robot.lookup("#navigation").query().getScene().getWindow();
            stage.setWidth(1280);
            stage.setHeight(800);
            return null;
        });
        FxSettle.settle();
        for (Section section : List.of(Section.EVENTS, Section.STATEMENTS, Section.ORGANISATIONS)) {
            window.pressShortcut(section);
            window.waitForRows(section);
            FxSettle.settle();
            TableView<?> table = window.table(section);
            List<String> cut = onFx(() -> {
                table.applyCss();
                table.layout();
                List<String> found = new ArrayList<>();
                for (Node node : table.lookupAll(".column-header .label")) {
                    if (node instanceof Labeled l && truncated(l)) {
                        found.add("heading " + l.getText());
                    }
                }
                for (Node node : table.lookupAll(".table-cell")) {
                    if (node instanceof TableCell<?, ?> c && c.getTableColumn() != null && isDateColumn(c)
                            && c.getText() != null && (truncated(c) || pastTheEdge(table, c))) {
                        found.add(c.getTableColumn().getText() + ": " + c.getText());
                    }
                }
                return found;
            });
            assertEquals(List.of(), cut, section + ": cut");
        }

        keys(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("Cooperovou");
        waitUntil(() -> robot.lookup(".search-hit").tryQuery().isPresent());
        FxSettle.settle();
        Node list = robot.lookup(".search-results").query();
        double listWidth = onFx(() -> list.getLayoutBounds().getWidth());
        for (Node hit : onFx(() -> robot.lookup(".search-hit").queryAll())) {
            double right = onFx(() -> list.sceneToLocal(hit.localToScene(hit.getLayoutBounds())).getMaxX());
            assertTrue(right <= listWidth, "a hit runs " + (right - listWidth) + " px past the list's edge");
        }
    }

    /** True when the cell reaches past the table's right edge (scrolled out of sight). */
    private static boolean pastTheEdge(TableView<?> table, Node cell) {
        return table.sceneToLocal(cell.localToScene(cell.getLayoutBounds())).getMaxX() > table.getWidth() + 0.5;
    }

    private static boolean isDateColumn(TableCell<?, ?> cell) {
        String heading = cell.getTableColumn().getText();
        return List.of("Od", "Do", "Datum", "Termín").contains(heading);
    }

    /** True when the label shows less than its text (the skin put an ellipsis in). */
    private static boolean truncated(Labeled labeled) {
        if (labeled.getText() == null || labeled.getText().isEmpty() || !labeled.isVisible()) {
            return false;
        }
        Node shown = labeled.lookup(".text");
        return shown instanceof Text text && !text.getText().equals(labeled.getText());
    }

    @Test
    void aSectionShortcutPutsTheCursorInTheTableSoDownMovesToTheNextRecord() {
        window.openSection(Section.PEOPLE);
        waitUntil(() -> onFx(() -> window.table(Section.PEOPLE).isFocused()));
        window.clickRow(Section.PEOPLE, window.firstColumn(Section.PEOPLE).get(0));
        window.openSection(Section.TOPICS);
        window.pressShortcut(Section.PEOPLE);
        waitUntil(() -> onFx(() -> window.table(Section.PEOPLE).isFocused()));

        keys(robot, KeyCode.DOWN);
        FxSettle.settle();
        assertEquals(Section.PEOPLE, window.selectedSection(), "Down stays in the section");
        assertEquals(window.firstColumn(Section.PEOPLE).get(1), window.selectedFirstCell(Section.PEOPLE));
    }
}
