package org.briefingdesk.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.LinkGroup;
import org.briefingdesk.logic.records.RecordDetail;
import org.briefingdesk.logic.records.RecordLink;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.ui.common.SameThreadTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A topic of a large record base links to thousands of statements: the detail pane lays out fifty of
 * them and the rest a batch per click, with the true count in the heading.
 */
@ExtendWith(ApplicationExtension.class)
class DetailViewTest {
    private static final int STATEMENTS = 120;
    private final Localization czech = Localization.forLanguage("cs");
    private final UUID topicId = UUID.randomUUID();
    private DetailViewModel viewModel;
    private final List<UUID> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        List<RecordLink> statements = new ArrayList<>();
        for (int i = 1; i <= STATEMENTS; i++) {
            statements.add(new RecordLink(UUID.randomUUID(), RecordKind.STATEMENT, "Výrok " + i, ""));
        }
        RecordDetail topic = new RecordDetail(topicId, RecordKind.TOPIC, "azyl", List.of(),
                List.of(new LinkGroup("Výroky", statements)), List.of());
        viewModel = new DetailViewModel(id -> Optional.of(topic), new SameThreadTasks(), czech);
        DetailView view = new DetailView("topic", viewModel, czech, (kind, id) -> opened.add(id));
        stage.setScene(new Scene(view.root(), 500, 700));
        stage.show();
    }

    private long shownLinks(FxRobot robot) {
        return robot.lookup(".record-link").queryAll().stream().filter(n -> n instanceof Hyperlink).count();
    }

    @Test
    void aLongGroupShowsFiftyLinksAndTheRestOnRequest(FxRobot robot) {
        robot.interact(() -> viewModel.show(topicId));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".detail-section-title").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().equals("Výroky  120")), "the heading counts all of them");
        assertEquals(50, shownLinks(robot));
        Button more = robot.lookup(".show-more").queryButton();
        assertEquals("Zobrazit dalších 50 (zbývá 70)", more.getText());

        robot.interact(more::fire);
        assertEquals(100, shownLinks(robot));
        robot.interact(() -> robot.lookup(".show-more").queryButton().fire());
        assertEquals(STATEMENTS, shownLinks(robot));
        assertTrue(robot.lookup(".show-more").queryAll().isEmpty(), "nothing more to show");

        robot.interact(() -> ((Hyperlink) robot.lookup(".record-link").queryAll().iterator().next()).fire());
        assertEquals(1, opened.size());
    }
}
