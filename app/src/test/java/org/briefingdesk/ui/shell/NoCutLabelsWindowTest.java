package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.briefingdesk.testutil.FxSettle;
import org.briefingdesk.ui.common.WholeWords;
import org.briefingdesk.ui.settings.Theme;
import org.briefingdesk.ui.settings.UserIdentity;
import org.briefingdesk.ui.settings.UserSettings;
import org.junit.jupiter.api.Test;

/**
 * The dark theme with text at 150 %, on the sample, in Czech and in English: on every section, with a record's
 * detail shown, no label in the window is cut short with an ellipsis, the tables' headings included, and no label
 * that wraps breaks a word. (Table cells
 * may end in an ellipsis: a long title or statement is cut to its column, which fits the short values whole.)
 */
class NoCutLabelsWindowTest extends WindowFixture {
    @Override
    WindowSetup setup() {
        UserSettings settings = UserSettings.inMemory(new UserIdentity("Jana Nováková",
                "odbor bezpečnostní politiky"));
        settings.saveTheme(Theme.DARK);
        settings.saveTextSize(150);
        return WindowSetup.inMemory(preference).withSettings(settings);
    }

    @Test
    void noLabelIsCutInCzechOrEnglish() {
        List<String> cut = new ArrayList<>(cutLabelsOnEverySection());
        robot.interact(() -> mainWindow.switchLanguage("en"));
        waitUntil(() -> window.navigationNames().contains("People"));
        window = new MainWindowHandle(robot);
        waitUntil(() -> window.statusCounts().contains("Events 3"));
        cut.addAll(cutLabelsOnEverySection());
        assertEquals(List.of(), cut);
    }

    /**
     * At the window's narrowest, the status bar's file, message and counts share too little room: the counts wrap
     * between words and the file's path gives up its start; no label is squeezed until it breaks a word letter by
     * letter (seen with a decade's counts, where "Databáze:" stood one letter a line over half the window).
     */
    @Test
    void theNarrowestWindowBreaksNoWordInTheStatusBar() {
        robot.interact(() -> {
            Stage stage = (Stage) robot.lookup("#menuBar").query().getScene().getWindow();
            stage.setWidth(stage.getMinWidth());
        });
        FxSettle.settle();
        FxSettle.settle();
        List<String> cut = onFx(() -> {
            List<String> found = new ArrayList<>();
            collectCut(robot.lookup(".status-bar").query(), Section.OVERVIEW, found);
            return found;
        });
        assertEquals(List.of(), cut);
        Region bar = robot.lookup(".status-bar").query();
        Labeled path = robot.lookup(".status-database").query();
        double line = onFx(() -> path.getFont().getSize() * 1.5);
        assertTrue(onFx(() -> path.getHeight() < line), () -> "the file's path " + path.getHeight() + " px high");
        assertTrue(onFx(() -> bar.getHeight() < 3 * line + bar.snappedTopInset() + bar.snappedBottomInset()),
                () -> "status bar " + bar.getHeight() + " px high");
    }

    private List<String> cutLabelsOnEverySection() {
        List<String> cut = new ArrayList<>();
        for (Section section : Section.values()) {
            window.pressShortcut(section);
            waitUntil(() -> window.showsPage(section));
            if (section.kind().isPresent()) {
                window.waitForRows(section);
                String first = window.firstColumn(section).get(0);
                window.clickRow(section, first);
                waitUntil(() -> !window.detailTitle(section).isEmpty());
            }
            FxSettle.settle();
            cut.addAll(onFx(() -> {
                List<String> found = new ArrayList<>();
                collectCut(robot.lookup("#menuBar").query().getScene().getRoot(), section, found);
                return found;
            }));
        }
        return cut;
    }

    /** Every shown label whose skin shows its text with the ellipsis the text itself does not have. */
    private static void collectCut(Node node, Section section, List<String> found) {
        if (!node.isVisible() || node instanceof VirtualFlow && node.getParent() instanceof TableView) {
            return; // a table's cells; its headings are checked
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String ellipsis = labeled.getEllipsisString();
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && shown.getStyleClass().contains("text")
                        && !ellipsis.isEmpty() && shown.getText() != null && shown.getText().endsWith(ellipsis)
                        && !labeled.getText().endsWith(ellipsis)) {
                    found.add(section.id() + ": " + labeled.getClass().getSimpleName()
                            + (labeled.getId() == null ? "" : "#" + labeled.getId()) + " " + labeled.getStyleClass()
                            + " \"" + labeled.getText() + "\" shown as \"" + shown.getText() + "\" in "
                            + Math.round(labeled.getWidth()) + " px");
                }
            }
            if (labeled.isWrapText()) {
                String word = widestWord(labeled);
                double room = labeled.getWidth() - labeled.snappedLeftInset() - labeled.snappedRightInset();
                if (width(word, labeled) > room + 0.5) {
                    found.add(section.id() + ": " + labeled.getClass().getSimpleName() + " " + labeled.getStyleClass()
                            + " \"" + labeled.getText() + "\" breaks the word \"" + word + "\" in " + Math.round(room)
                            + " px");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCut(child, section, found);
            }
        }
    }

    /**
     * The word of the label's text that takes the most room in its font: a wrapped label narrower breaks it. (Only
     * words of letters: a file's path may break where it must.)
     */
    private static String widestWord(Labeled labeled) {
        String widest = "";
        for (String word : labeled.getText().split("\\s+")) {
            if (word.matches("[\\p{L}\\p{M}.,:;()–-]+") && width(word, labeled) > width(widest, labeled)) {
                widest = word;
            }
        }
        return widest;
    }

    private static double width(String text, Labeled labeled) {
        return WholeWords.width(text, labeled.getFont());
    }
}
