package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.keys;
import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/**
 * The real main window, headless, on a temporary SQLite file with the sample loaded: every section
 * by Ctrl+1 … Ctrl+9 and by the navigation, the summit and its people where a user would look.
 */
class MainWindowTest extends WindowFixture {
    @Test
    void everySectionOpensWithItsShortcutAndFromTheNavigation() {
        assertEquals(List.of(Section.values()), window.navigationOrder());
        assertEquals(Set.of("Přehled", "Akce", "Zprávy", "Osoby", "Organizace", "Výroky", "Závazky", "Témata",
                "Podklady"), window.navigationNames());
        for (Section section : Section.values()) {
            window.pressShortcut(section);
            assertEquals(section, window.selectedSection(), "Ctrl+" + (section.ordinal() + 1));
            waitUntil(() -> window.showsPage(section));
            if (section.kind().isPresent()) {
                window.waitForRows(section);
            }
        }
        for (Section section : List.of(Section.PEOPLE, Section.OVERVIEW, Section.TOPICS, Section.BRIEFINGS,
                Section.EVENTS)) {
            window.clickNavigation(section);
            assertEquals(section, window.selectedSection());
            waitUntil(() -> window.showsPage(section));
        }
    }

    @Test
    void theSummitIsInEventsWithItsSideMeetingsInTheDetailPane() {
        window.openSection(Section.EVENTS);
        assertTrue(window.firstColumn(Section.EVENTS).contains("Border Security Summit"),
                window.firstColumn(Section.EVENTS).toString());

        window.clickRow(Section.EVENTS, "Border Security Summit");
        assertEquals("Border Security Summit", window.selectedFirstCell(Section.EVENTS));
        waitUntil(() -> "Border Security Summit".equals(window.detailTitle(Section.EVENTS)));
        assertTrue(window.detailHeadings(Section.EVENTS).stream().anyMatch(h -> h.startsWith("Vedlejší jednání")),
                window.detailHeadings(Section.EVENTS).toString());
        Set<String> links = window.detailLinks(Section.EVENTS);
        String ireland = links.stream().filter(l -> l.contains("Irskem")).findFirst().orElseThrow(
                () -> new AssertionError("no side meeting with Ireland in " + links));
        assertTrue(links.stream().anyMatch(l -> l.contains("Spojeným královstvím")), links.toString());

        // A link opens the linked record: the side meeting is selected and shown.
        window.clickDetailLink(Section.EVENTS, ireland);
        waitUntil(() -> ireland.equals(window.detailTitle(Section.EVENTS)));
        assertEquals(ireland, window.selectedFirstCell(Section.EVENTS));
    }

    @Test
    void backSkipsTheFirstRowsASectionShowedByItselfAndReturnsToWhatWasChosen() {
        window.openSection(Section.EVENTS);
        waitUntil(() -> window.selectedFirstCell(Section.EVENTS) != null);
        // The row the section showed by itself, clicked: now it was chosen.
        String meeting = window.selectedFirstCell(Section.EVENTS);
        window.clickRow(Section.EVENTS, meeting);
        waitUntil(() -> meeting.equals(window.detailTitle(Section.EVENTS)));
        // People opens with its first row shown (Yvette Cooper): nobody chose it, so it is no place to go back to.
        window.openSection(Section.PEOPLE);
        waitUntil(() -> window.selectedFirstCell(Section.PEOPLE) != null);
        window.clickRow(Section.PEOPLE, "Vít Rakušan");
        waitUntil(() -> "Vít Rakušan".equals(window.detailTitle(Section.PEOPLE)));

        // Back (toolbar button; Alt+Left is its menu accelerator) skips Yvette Cooper, shown but not chosen.
        robot.clickOn("#backButton");
        waitUntil(() -> window.selectedSection() != Section.PEOPLE
                || !"Vít Rakušan".equals(window.selectedFirstCell(Section.PEOPLE)));
        String wentTo = window.selectedSection() == Section.PEOPLE ? window.selectedFirstCell(Section.PEOPLE) : "";
        assertEquals(Section.EVENTS, window.selectedSection(), "back went to " + wentTo);
        waitUntil(() -> meeting.equals(window.selectedFirstCell(Section.EVENTS)));
        robot.clickOn("#forwardButton");
        waitUntil(() -> window.selectedSection() == Section.PEOPLE);
        assertEquals("Vít Rakušan", window.selectedFirstCell(Section.PEOPLE));
    }

    @Test
    void thePeopleOfTheSummitAreInPeopleSortedByFamilyName() {
        window.openSection(Section.PEOPLE);
        assertEquals(List.of("Yvette Cooper", "Jim O'Callaghan", "Vít Rakušan"), window.firstColumn(Section.PEOPLE));
        window.clickRow(Section.PEOPLE, "Vít Rakušan");
        waitUntil(() -> "Vít Rakušan".equals(window.detailTitle(Section.PEOPLE)));
    }

    @Test
    void theStatusBarNamesTheDatabaseAndCountsItsRecords() {
        String counts = window.statusCounts();
        for (String part : List.of("Akce 3", "Zprávy 1", "Osoby 3", "Výroky 1", "Závazky 1")) {
            assertTrue(counts.contains(part), part + " in " + counts);
        }
        assertTrue(window.statusDatabase().contains(file.toString()), window.statusDatabase());
        assertEquals("Briefing Desk — " + file.getFileName(),
                onFx(() -> window.navigation().getScene().getWindow() instanceof Stage
                        ? ((Stage) window.navigation().getScene().getWindow()).getTitle() : ""));
    }

    @Test
    void switchingToEnglishRebuildsTheWindowAndIsRemembered() {
        window.openSection(Section.PEOPLE);
        robot.clickOn("Jazyk");
        robot.clickOn("English");
        waitUntil(() -> window.navigationNames().contains("People") && window.statusCounts().contains("Events 3"));
        assertEquals(Set.of("Overview", "Events", "Reports", "People", "Organisations", "Statements", "Commitments",
                "Topics", "Briefings"), window.navigationNames());
        assertEquals(Section.PEOPLE, window.selectedSection(), "the section shown stays");
        window.waitForRows(Section.PEOPLE);
        assertEquals("en", preference.load().orElseThrow());
    }

    @Test
    void aSectionOffScreenReadsItsRowsAgainWhenShownNotOnEveryChange() throws InterruptedException {
        addPerson("Jan", "Nový");
        var peopleTable = window.table(Section.PEOPLE); // kept: off screen it is not in the scene

        window.openSection(Section.EVENTS);
        keys(robot, KeyCode.CONTROL, KeyCode.Z); // the new person is gone again
        waitUntil(() -> window.statusCounts().contains("Osoby 3"));
        Thread.sleep(500); // time enough for a reload of three rows, had one been started
        assertTrue(onFx(() -> peopleTable.getItems().stream().anyMatch(r -> r.cell(0).text().equals("Jan Nový"))),
                "not read while off screen");

        window.pressShortcut(Section.PEOPLE);
        waitUntil(() -> !window.firstColumn(Section.PEOPLE).contains("Jan Nový"));
        assertEquals(3, window.firstColumn(Section.PEOPLE).size());
    }

    @Test
    void theOverviewReadsRecentEditsWhenShownAgain() throws InterruptedException {
        window.pressShortcut(Section.OVERVIEW);
        waitUntil(() -> robot.lookup("#recentEdits").tryQuery().isPresent());
        var recentEdits = (VBox) robot.lookup("#recentEdits").query(); // kept: off screen it is not in the scene
        addPerson("Eva", "Nová");
        Thread.sleep(500); // time enough for the overview to read, had it been asked to
        assertTrue(onFx(() -> !overviewText(recentEdits).contains("Eva Nová")), "not read while off screen");

        window.pressShortcut(Section.OVERVIEW);
        waitUntil(() -> onFx(() -> overviewText(recentEdits).contains("Eva Nová")));
    }

    @Test
    void f1ListsEveryKeyOfTheMenusBesideWhatItDoes() {
        List<String> menuKeys = onFx(() -> ((MenuBar) robot.lookup("#menuBar").query()).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> i.getAccelerator() != null)
                .map(i -> i.getAccelerator().getDisplayText() + " " + i.getText()).toList());
        keys(robot, KeyCode.F1);
        waitUntil(() -> robot.lookup("#shortcutsList").tryQuery().isPresent());
        List<String> lines = onFx(() -> {
            List<String> texts = robot.from(robot.lookup("#shortcutsList").queryAs(Node.class)).lookup(".label")
                    .queryAllAs(Label.class).stream().map(Label::getText).toList();
            List<String> joined = new ArrayList<>();
            for (int i = 0; i + 1 < texts.size(); i += 2) {
                joined.add(texts.get(i) + " " + texts.get(i + 1));
            }
            return joined;
        });
        keys(robot, KeyCode.ESCAPE);
        assertEquals(Section.values().length + 13, menuKeys.size(), "every key of the menus: " + menuKeys);
        for (String key : menuKeys) {
            String shortcut = key.replaceFirst(" .*", "");
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(shortcut + " ") || l.contains(shortcut + " / ")),
                    key + " in " + lines);
        }
        assertTrue(lines.contains("Ctrl+Y / Ctrl+Shift+Z Znovu"), lines.toString());
        assertTrue(lines.contains("F1 Klávesové zkratky"), lines.toString());
        assertTrue(lines.contains("Ctrl+4 Osoby"), lines.toString());
    }

    /** Enters a person through the form in People and waits for the row. */
    private void addPerson(String given, String family) {
        window.newRecord(Section.PEOPLE);
        waitUntil(() -> window.focused("givenName"));
        robot.write(given, 0);
        robot.clickOn("#familyName").write(family, 0);
        keys(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> window.firstColumn(Section.PEOPLE).contains(given + " " + family));
    }

    /** The titles of the overview list's entries (buttons whose graphic holds the labels; no skin off screen). */
    private static String overviewText(VBox box) {
        return box.getChildren().stream().filter(n -> n instanceof Button)
                .map(n -> ((Button) n).getGraphic())
                .filter(g -> g instanceof Parent)
                .flatMap(g -> ((Parent) g).getChildrenUnmodifiable().stream())
                .filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText())
                .collect(Collectors.joining("|"));
    }
}
