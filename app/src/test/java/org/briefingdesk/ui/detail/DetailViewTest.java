package org.briefingdesk.ui.detail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.DetailField;
import org.briefingdesk.logic.records.LinkGroup;
import org.briefingdesk.logic.records.RecordDetail;
import org.briefingdesk.logic.records.RecordLink;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.testutil.FxSettle;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.ui.common.SameThreadTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A topic of a large record base links to thousands of statements: the detail pane lays out fifty of
 * them and the rest a batch per click, with the true count in the heading; past those read with the topic, each
 * batch is read when asked for. Notes that mix Czech with
 * Arabic and Hebrew wrap inside the card, each word drawn once.
 */
@ResourceLock(Locks.FX_TOOLKIT)
@ExtendWith(ApplicationExtension.class)
class DetailViewTest {
    private static final int STATEMENTS = 120;
    /** All the topic's statements, of which the first {@link #STATEMENTS} were read. */
    private static final long READ_OF = 7_000;
    /** The windows of links read after the first {@link #STATEMENTS}: offset and limit. */
    private final List<int[]> windowsRead = new ArrayList<>();
    private final Localization czech = Localization.forLanguage("cs");
    private final UUID topicId = UUID.randomUUID();
    private final UUID personId = UUID.randomUUID();
    private static final double CARD_WIDTH = 420;
    private static final int MARGIN = 80;
    /** Czech with an Arabic and a Hebrew quotation, long enough to wrap inside both. */
    private static final String MIXED = "Jednání s ministrem: وزير الداخلية قال إن الحدود يجب أن تبقى مفتوحة "
            + "للتجارة والسياحة mají být chráněny společně, řekl po schůzce v Londýně a dodal, že "
            + "שר הפנים הבריטי מסכים עם העמדה הזאת a další kroky následují.";
    private DetailViewModel viewModel;
    private final List<UUID> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        List<RecordLink> statements = new ArrayList<>();
        for (int i = 1; i <= STATEMENTS; i++) {
            statements.add(new RecordLink(UUID.randomUUID(), RecordKind.STATEMENT, "Výrok " + i, ""));
        }
        RecordDetail topic = new RecordDetail(topicId, RecordKind.TOPIC, "azyl", List.of(),
                List.of(new LinkGroup("Výroky", statements, READ_OF, (offset, limit) -> {
                    windowsRead.add(new int[] {offset, limit});
                    List<RecordLink> window = new ArrayList<>();
                    for (int i = offset + 1; i <= Math.min(READ_OF, offset + limit); i++) {
                        window.add(new RecordLink(UUID.randomUUID(), RecordKind.STATEMENT, "Výrok " + i, ""));
                    }
                    return window;
                })), List.of());
        RecordDetail person = new RecordDetail(personId, RecordKind.PERSON, "Yvette Cooper",
                List.of(new DetailField("Poznámky", MIXED)), List.of(), List.of());
        viewModel = new DetailViewModel(id -> Optional.of(id.equals(personId) ? person : topic), new SameThreadTasks(),
                czech);
        DetailView view = new DetailView("topic", viewModel, czech, (kind, id) -> opened.add(id));
        // The card is 420 px wide; to its right a white strip, where nothing of the card may be drawn.
        ((Region) view.root()).setPrefWidth(CARD_WIDTH);
        ((Region) view.root()).setMaxWidth(CARD_WIDTH);
        Region strip = new Region();
        strip.setStyle("-fx-background-color: white;");
        HBox.setHgrow(strip, Priority.ALWAYS);
        stage.setScene(new Scene(new HBox(view.root(), strip), CARD_WIDTH + 220, 700));
        stage.show();
    }

    private long shownLinks(FxRobot robot) {
        return robot.lookup(".record-link").queryAll().stream().filter(n -> n instanceof Hyperlink).count();
    }

    @Test
    void aLongGroupShowsFiftyLinksAndTheRestOnRequest(FxRobot robot) {
        robot.interact(() -> viewModel.show(topicId));
        FxSettle.settle();
        assertTrue(robot.lookup(".detail-section-title").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals("Výroky  " + czech.number(READ_OF))),
                "the heading counts all of them");
        assertEquals(50, shownLinks(robot));
        Button more = robot.lookup(".show-more").queryButton();
        assertEquals("Zobrazit dalších 50 (zbývá " + czech.number(READ_OF - 50) + ")", more.getText(),
                "what is left counts the whole group, not only what was read with the topic");

        robot.interact(more::fire);
        assertEquals(100, shownLinks(robot));
        robot.interact(() -> robot.lookup(".show-more").queryButton().fire());
        assertEquals(STATEMENTS, shownLinks(robot));
        assertTrue(windowsRead.isEmpty(), "the links read with the topic come first, without reading again");
        Button rest = robot.lookup(".show-more").queryButton();
        assertEquals("Zobrazit dalších 50 (zbývá " + czech.number(READ_OF - STATEMENTS) + ")", rest.getText(),
                "the count goes on past those read with the topic");

        robot.interact(rest::fire);
        FxSettle.settle();
        assertEquals(STATEMENTS + 50, shownLinks(robot));
        assertEquals(1, windowsRead.size());
        assertArrayEquals(new int[] {STATEMENTS, 50}, windowsRead.get(0), "the next window, from where the read ended");
        assertTrue(robot.lookup(".record-link").queryAll().stream()
                        .anyMatch(n -> ((Hyperlink) n).getText().equals("Výrok " + (STATEMENTS + 50))),
                "the links read on request are shown in order");
        robot.interact(() -> robot.lookup(".show-more").queryButton().fire());
        FxSettle.settle();
        assertArrayEquals(new int[] {STATEMENTS + 50, 50}, windowsRead.get(1));

        robot.interact(() -> ((Hyperlink) robot.lookup(".record-link").queryAll().iterator().next()).fire());
        assertEquals(1, opened.size());
    }

    @Test
    void mixedRightToLeftNotesWrapInsideTheCardEachWordOnce(FxRobot robot) {
        robot.interact(() -> viewModel.show(personId));
        FxSettle.settle();
        Node card = robot.lookup("#topicDetail").query();
        Region grid = robot.from(card).lookup(".detail-fields").queryAs(Region.class);
        // A margin right of the fields, inside the card (which clips): text that runs past its line shows there.
        robot.interact(() -> grid.setStyle("-fx-padding: 0 " + MARGIN + " 0 0;"));
        FxSettle.settle();
        Bounds fields = grid.localToScene(grid.getLayoutBounds());
        WritableImage shot = snapshot(robot, card);
        int inkOutside = 0;
        for (int y = (int) fields.getMinY(); y < fields.getMaxY(); y++) {
            for (int x = (int) (fields.getMaxX() - MARGIN + 2); x < fields.getMaxX() - 1; x++) {
                Color c = shot.getPixelReader().getColor(x, y);
                if (c.getBrightness() < 0.6) {
                    inkOutside++;
                }
            }
        }
        assertEquals(0, inkOutside, "pixels of text drawn past the right edge of the card's fields");
        // Each word once, in order: the words of the value are the words of the notes.
        List<String> words = robot.from(card).lookup((Node n) -> n instanceof Text && n.getStyleClass()
                .contains("field-value-word")).queryAllAs(Text.class).stream().map(Text::getText).toList();
        assertEquals(MIXED, String.join("", words));
    }

    private static WritableImage snapshot(FxRobot robot, Node card) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = card.getScene().getRoot().snapshot(null, null));
        return shot[0];
    }
}
