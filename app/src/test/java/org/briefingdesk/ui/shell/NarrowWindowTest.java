package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.briefingdesk.testutil.FxSettle;
import org.junit.jupiter.api.Test;

/**
 * A window 1024 px wide, with a record's detail beside its table: in Czech and in English, every column a
 * record table shows is in view (none scrolls out past the right edge) with its heading whole, the first
 * column and the events' dates among them, every date whole; what did not fit comes back when the window is wide again.
 */
class NarrowWindowTest extends WindowFixture {
    /** The headings of the columns of dates, which must show whole. */
    private static final List<String> DATES = List.of("Od", "Do", "Datum", "Termín", "From", "To", "Date", "Due");

    @Test
    void everyColumnStaysInViewWithItsHeadingWhole() {
        onFx(() -> {
            Window stage = robot.lookup("#navigation").query().getScene().getWindow();
            stage.setWidth(1024);
            stage.setHeight(768);
            return null;
        });
        FxSettle.settle();
        List<String> wrong = new ArrayList<>(wrongColumnsOnEverySection());
        robot.interact(() -> mainWindow.switchLanguage("en"));
        waitUntil(() -> window.navigationNames().contains("People"));
        window = new MainWindowHandle(robot);
        waitUntil(() -> window.statusCounts().contains("Events 3"));
        wrong.addAll(wrongColumnsOnEverySection());
        assertEquals(List.of(), wrong);
        window.pressShortcut(Section.EVENTS);
        window.waitForRows(Section.EVENTS);
        List<String> shownInNarrow = onFx(() -> headings(window.table(Section.EVENTS)));
        assertEquals(List.of("Title", "Kind", "From", "To"), shownInNarrow.subList(0, 4));

        onFx(() -> {
            robot.lookup("#navigation").query().getScene().getWindow().setWidth(1280);
            return null;
        });
        FxSettle.settle();
        assertEquals(List.of("Title", "Kind", "From", "To", "Place", "Part of"),
                onFx(() -> headings(window.table(Section.EVENTS))), "all shown again in a wide window");
    }

    private static List<String> headings(TableView<?> table) {
        return table.getColumns().stream().filter(TableColumn::isVisible).map(TableColumn::getText).toList();
    }

    private List<String> wrongColumnsOnEverySection() {
        List<String> wrong = new ArrayList<>();
        for (Section section : Section.values()) {
            if (section.kind().isEmpty()) {
                continue;
            }
            window.pressShortcut(section);
            window.waitForRows(section);
            window.clickRow(section, window.firstColumn(section).get(0));
            waitUntil(() -> !window.detailTitle(section).isEmpty());
            FxSettle.settle();
            TableView<?> table = window.table(section);
            wrong.addAll(onFx(() -> {
                table.applyCss();
                table.layout();
                List<String> found = new ArrayList<>();
                double right = 0;
                for (TableColumn<?, ?> column : table.getColumns()) {
                    if (!column.isVisible()) {
                        continue;
                    }
                    right += column.getWidth();
                    if (right > table.getWidth() + 0.5) {
                        found.add(section.id() + ": column " + column.getText() + " ends at " + Math.round(right)
                                + " px in a table " + Math.round(table.getWidth()) + " px wide ("
                                + widths(table) + ")");
                    }
                }
                for (Node node : table.lookupAll(".column-header .label")) {
                    if (node instanceof Labeled label && label.isVisible() && label.getText() != null
                            && label.lookup(".text") instanceof Text shown
                            && !shown.getText().equals(label.getText())) {
                        found.add(section.id() + ": heading " + label.getText() + " shown as " + shown.getText());
                    }
                }
                for (Node node : table.lookupAll(".table-cell")) {
                    if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null && cell.isVisible()
                            && DATES.contains(cell.getTableColumn().getText()) && cell.getText() != null
                            && cell.lookup(".text") instanceof Text shown && !shown.getText().equals(cell.getText())) {
                        found.add(section.id() + ": date " + cell.getText() + " shown as " + shown.getText());
                    }
                }
                return found;
            }));
        }
        return wrong;
    }

    private static String widths(TableView<?> table) {
        return String.join(", ", table.getColumns().stream().filter(TableColumn::isVisible)
                .map(c -> c.getText() + " " + Math.round(c.getWidth()) + "/" + Math.round(c.getMinWidth())).toList());
    }
}
