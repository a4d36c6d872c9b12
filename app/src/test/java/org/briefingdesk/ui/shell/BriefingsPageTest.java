package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.PopupWindow;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.testutil.FxSettle;
import org.briefingdesk.ui.briefings.FakeDesktop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real window, headless: Podklady for Yvette Cooper typed as her Czech alias, the preview, an HTML
 * pack written through a fake save dialog, the pages a print would send; and "Připravit podklad" in a
 * person's detail. No store call runs on the FX thread meanwhile.
 */
class BriefingsPageTest extends WindowFixture {
    private final FakeDesktop desktop = new FakeDesktop();
    private BriefingsHandle briefings;

    @Override
    WindowServices services(RecordStore windowStore) {
        return new FakeWindowServices(windowStore, czech).with(desktop.desktop());
    }

    @BeforeEach
    void findThePage() {
        briefings = new BriefingsHandle(robot);
    }

    @Test
    void aPackForYvetteCooperIsPreviewedWrittenAndPrintedPageByPage() throws Exception {
        window.pressShortcut(Section.BRIEFINGS);
        waitUntil(() -> window.showsPage(Section.BRIEFINGS));
        waitUntil(() -> briefings.lookup("#briefingTarget").isFocused()); // Ctrl+9, then just type
        briefings.typeTarget("cooperova");
        waitUntil(() -> briefings.previewText().contains("Bilaterální jednání"));
        String preview = briefings.previewText();
        assertTrue(preview.contains("Yvette Cooper"), preview);
        assertTrue(preview.contains("Border Security Summit"), preview);
        assertEquals("Yvette Cooper", briefings.targetText());

        Path out = folder.resolve("out/cooper.html");
        Files.createDirectories(out.getParent());
        desktop.answer = out;
        briefings.choose("#briefingFormat-html");
        assertEquals("HTML", onFx(() -> ((Labeled) briefings.lookup("#briefingFormat-html")).getText()));
        assertTrue(onFx(() -> ((ToggleButton) briefings.lookup("#briefingFormat-html")).isSelected()));
        briefings.press("#briefingGenerate");
        waitUntil(briefings::doneShown);
        assertTrue(desktop.suggested.get(0).toString().endsWith(".html"), desktop.suggested.toString());
        assertTrue(Files.size(out) > 2_000);
        String html = Files.readString(out);
        assertTrue(html.contains("Bilaterální jednání") && html.contains("Border Security Summit"));
        assertTrue(desktop.suggested.get(0).getFileName().toString().startsWith("Podklad - Yvette Cooper - "),
                desktop.suggested.toString());

        briefings.press("#briefingPrint");
        waitUntil(() -> desktop.printed.size() == 1);
        List<Node> pages = desktop.printed.get(0);
        assertTrue(pages.size() >= 2, pages.size() + " pages");
        for (int i = 0; i < pages.size(); i++) {
            Region page = (Region) pages.get(i);
            List<String> texts = BriefingsHandle.texts(page);
            assertTrue(texts.contains("INTERNÍ") || texts.contains("VEŘEJNÉ") || texts.contains("CITLIVÉ"),
                    texts.toString());
            assertTrue(texts.contains("Strana " + (i + 1) + " z " + pages.size()), texts.toString());
            assertEquals(595 - 85, page.getPrefWidth(), 0.5);
            assertEquals(842 - 85, page.getPrefHeight(), 0.5);
        }
        assertEquals(List.of(), guard.callsOnFxThread());
    }

    @Test
    void enterPickingASuggestionTakesTheTargetWithoutAskingWhereToSave() {
        window.pressShortcut(Section.BRIEFINGS);
        waitUntil(() -> briefings.lookup("#briefingTarget").isFocused());
        robot.write("coop", 0);
        waitUntil(() -> robot.lookup(".list-cell").match((ListCell<?> c) ->
                "Yvette Cooper".equals(c.getText()) && c.getScene() != null
                        && c.getScene().getWindow() instanceof PopupWindow
                        && c.getScene().getWindow().isShowing()).tryQuery().isPresent());
        // The choice makes the target valid while Enter is handled: Enter must not then press "Připravit podklad…".
        // Enter as the desktop delivers it: to the main window, which hands it to the suggestions first.
        // (Monocle's robot sends keys to the popup itself, where the window never sees them.)
        robot.interact(() -> {
            Node field = briefings.lookup("#briefingTarget");
            for (EventType<KeyEvent> type : List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED)) {
                Event.fireEvent(field, new KeyEvent(type, "", "", KeyCode.ENTER, false, false, false, false));
            }
        });
        waitUntil(() -> "Yvette Cooper".equals(briefings.targetText()));
        FxSettle.settle();
        assertEquals(List.of(), desktop.suggested, "the save dialog was not opened");
    }

    @Test
    void prepareBriefingInAPersonsDetailFillsTheTarget() {
        window.openSection(Section.PEOPLE);
        window.clickRow(Section.PEOPLE, "Yvette Cooper");
        waitUntil(() -> "Yvette Cooper".equals(window.detailTitle(Section.PEOPLE)));
        briefings.click("#peopleDetail #prepareBriefing");
        waitUntil(() -> window.showsPage(Section.BRIEFINGS));
        assertEquals(Section.BRIEFINGS, window.selectedSection());
        waitUntil(() -> "Yvette Cooper".equals(briefings.targetText()));
        waitUntil(() -> briefings.previewText().contains("Border Security Summit"));
        assertEquals(List.of(), guard.callsOnFxThread());
    }

    @Test
    void reportsOfferNoBriefing() {
        window.openSection(Section.REPORTS);
        String report = window.firstColumn(Section.REPORTS).get(0);
        window.clickRow(Section.REPORTS, report);
        waitUntil(() -> report.equals(window.detailTitle(Section.REPORTS)));
        assertTrue(onFx(() -> !briefings.lookup("#reportsDetail #prepareBriefing").isVisible()));
    }
}
