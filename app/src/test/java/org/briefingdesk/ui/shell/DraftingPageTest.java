package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.keys;
import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.briefingdesk.logic.drafting.DraftReview;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.ui.drafting.DraftingViewModel;
import org.junit.jupiter.api.Test;

/**
 * The drafting assistant in the real window, headless: Záznam › Ze zprávy…, the seed release pasted and
 * drafted, its one statement rejected and the rest accepted, saved in one transaction; the records are
 * then in their sections with the release as their source, the rejected statement (and its commitments)
 * nowhere, and one undo takes the whole release back.
 */
class DraftingPageTest extends WindowFixture {
    /** The sample's organisations and topics only, as a desk has them before the release comes. */
    @Override
    void fill(RecordStore opened) {
        opened.inTransaction(() -> {
            opened.commitments().findAll().forEach(c -> opened.commitments().delete(c.id()));
            opened.statements().findAll().forEach(s -> opened.statements().delete(s.id()));
            opened.reports().findAll().forEach(r -> opened.reports().delete(r.id()));
            opened.events().findAll().forEach(e -> opened.events().delete(e.id()));
            opened.people().findAll().forEach(p -> opened.people().delete(p.id()));
        });
    }

    @Override
    String countsWhenOpen() {
        return "Témata 16";
    }

    @Test
    void theSeedReleaseIsDraftedReviewedAndSavedAsOneUndoableStep() throws IOException {
        robot.clickOn("Záznam");
        robot.clickOn("Ze zprávy…");
        waitUntil(() -> robot.lookup("#draftingInput").tryQuery().isPresent());
        String release = seed();
        onFx(() -> {
            robot.lookup("#draftingInput").queryAs(TextArea.class).setText(release);
            return null;
        });
        robot.clickOn("#draftButton");
        waitUntil(() -> !list().getItems().isEmpty());

        clickRow(RecordKind.STATEMENT);
        robot.clickOn("#rejectButton");
        robot.clickOn("#acceptRestButton");
        waitUntil(() -> list().getItems().stream().allMatch(r -> r.decision() != null
                && r.decision() != DraftReview.Decision.PENDING));
        robot.clickOn("#saveDraftsButton");
        waitUntil(() -> robot.lookup("#draftingPage").tryQuery().isEmpty());

        window.waitForRows(Section.REPORTS);
        assertEquals(Section.REPORTS, window.selectedSection(), "the saved report is shown");
        window.clickNavigation(Section.EVENTS);
        window.waitForRows(Section.EVENTS);
        assertTrue(window.firstColumn(Section.EVENTS).contains("Border Security Summit"),
                () -> "events: " + window.firstColumn(Section.EVENTS));
        window.clickNavigation(Section.PEOPLE);
        window.waitForRows(Section.PEOPLE);
        List<String> people = window.firstColumn(Section.PEOPLE);
        assertTrue(people.containsAll(List.of("Vít Rakušan", "Jim O'Callaghan", "Ivette Cooperová")),
                () -> "people: " + people);

        List<Event> events = store.events().findAll();
        assertEquals(3, events.size(), "the summit and its two side meetings");
        assertEquals(2, events.stream().filter(e -> e.parentId() != null).count());
        assertEquals(0, store.statements().count(), "the rejected statement is not saved");
        assertEquals(0, store.commitments().count(), "nor the commitments made in it");
        Report report = store.reports().findAll().get(0);
        String source = report.sources().get(0).title();
        assertTrue(source.startsWith("Mezinárodní spolupráce v oblasti migrace"), source);
        Stream.of(events, store.people().findAll(), List.of(report)).flatMap(List::stream)
                .map(StoredRecord::sources).forEach(sources -> assertEquals(source, sources.get(0).title()));
        Person rakusan = store.people().findAll().stream().filter(p -> p.familyName().equals("Rakušan")).findFirst()
                .orElseThrow();
        assertEquals("ministr vnitra", rakusan.roles().get(0).title());
        assertEquals(16, store.topics().count(), "the release's topics were in the tree already");
        assertEquals(List.of(), guard.callsOnFxThread());

        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> window.statusCounts().contains("Akce 0"));
        assertEquals(0, store.events().count() + store.people().count() + store.reports().count(),
                "one undo takes the whole release back");
    }

    @SuppressWarnings("unchecked")
    private ListView<DraftingViewModel.Row> list() {
        return robot.lookup("#draftList").queryAs(ListView.class);
    }

    private void clickRow(RecordKind kind) {
        onFx(() -> {
            list().getItems().stream().filter(r -> r.draft().kind() == kind).findFirst().ifPresent(list()::scrollTo);
            return null;
        });
        Node cell = robot.from(list()).lookup(".list-cell")
                .match((ListCell<DraftingViewModel.Row> c) -> c.getItem() != null && c.getItem().draft().kind() == kind)
                .query();
        robot.clickOn(cell);
    }

    private static String seed() throws IOException {
        try (InputStream in = DraftingPageTest.class
                .getResourceAsStream("/sample/border-security-summit-2025.cs.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
