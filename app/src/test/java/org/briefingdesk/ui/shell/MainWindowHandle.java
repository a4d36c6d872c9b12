package org.briefingdesk.ui.shell;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.briefingdesk.ui.records.RecordRow;
import org.testfx.api.FxRobot;
import org.testfx.robot.BaseRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Page object for the main window: finds its parts by fx:id and reads them on the FX thread. */
final class MainWindowHandle {
    private static final long TIMEOUT_SECONDS = 30;
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final FxRobot robot;

    MainWindowHandle(FxRobot robot) {
        this.robot = robot;
        bringToFront();
    }

    /**
     * Test classes share one JVM and one primary stage: a dialog or popup left by an earlier test, or
     * a stage that lost focus, would take the keys typed here. Close strays and focus the main window.
     */
    private static void bringToFront() {
        onFx(() -> {
            for (Window window : List.copyOf(Window.getWindows())) {
                boolean main = window.getScene() != null && window.getScene().lookup("#navigation") != null;
                if (main && window instanceof Stage stage) {
                    stage.toFront();
                    stage.requestFocus();
                } else if (!main) {
                    window.hide();
                }
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Reads something from the scene on the FX thread. */
    static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Types text into the focused control as a keyboard does (key pressed, typed, released for each character),
     * like {@code FxRobot.write} but without waiting for the FX thread after every character: the events queue
     * in order and one wait at the end lets them land. The press release's 3,000 characters took minutes with a
     * wait per character on a busy machine.
     */
    static void write(FxRobot robot, String text) {
        Scene scene = onFx(() -> robot.targetWindow().getScene());
        BaseRobot keyboard = robot.robotContext().getBaseRobot();
        for (char c : text.toCharArray()) {
            KeyCode key = c == '\n' ? KeyCode.ENTER : c == '\t' ? KeyCode.TAB : KeyCode.UNDEFINED;
            keyboard.typeKeyboard(scene, key, String.valueOf(c));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types a shortcut (the keys pressed in order, released in reverse) and lets its events land. */
    static void keys(FxRobot robot, KeyCode... pressed) {
        robot.push(pressed);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Clicks the node as TestFX does (the pointer moved there in steps, each event given its turn) and lets the
     * events land: a click with one wait at the end, and a pointer that jumped, missed popups and buttons of
     * forms still scrolling on a fresh clone.
     */
    static void click(FxRobot robot, Node node) {
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits (without sleeping blindly) until the condition, read on the FX thread, holds. */
    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + TIMEOUT_SECONDS + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    ListView<Section> navigation() {
        return robot.lookup("#navigation").queryAs(ListView.class);
    }

    Section selectedSection() {
        return onFx(() -> navigation().getSelectionModel().getSelectedItem());
    }

    /** Presses Ctrl+1 … Ctrl+9. */
    void pressShortcut(Section section) {
        keys(robot, KeyCode.CONTROL, DIGITS[section.ordinal()]);
    }

    /** Goes to the section with its shortcut and waits for its rows. */
    void openSection(Section section) {
        pressShortcut(section);
        waitForRows(section);
    }

    /** Ctrl+N in the section once its rows show: the form of a new record opens. */
    void newRecord(Section section) {
        openSection(section);
        keys(robot, KeyCode.CONTROL, KeyCode.N);
    }

    /** True when the control with this fx:id is shown and has the keyboard focus. */
    boolean focused(String fxId) {
        return onFx(() -> robot.lookup("#" + fxId).tryQuery().map(Node::isFocused).orElse(false));
    }

    void clickNavigation(Section section) {
        click(robot, robot.lookup("#nav-" + section.id()).query());
    }

    /** True when the page of this section is what the window shows. */
    boolean showsPage(Section section) {
        return onFx(() -> robot.lookup("#" + section.id() + "Page").tryQuery()
                .map(Node::isVisible).orElse(false)
                && robot.lookup("#" + section.id() + "Page").query().getScene() != null);
    }

    @SuppressWarnings("unchecked")
    TableView<RecordRow> table(Section section) {
        return robot.lookup("#" + section.id() + "Table").queryAs(TableView.class);
    }

    /** Waits for the section's rows, loaded in the background. */
    void waitForRows(Section section) {
        waitUntil(() -> robot.lookup("#" + section.id() + "Table").tryQuery().isPresent()
                && !table(section).getItems().isEmpty());
    }

    /** The first column's texts, in the order shown. */
    List<String> firstColumn(Section section) {
        return onFx(() -> table(section).getItems().stream().map(r -> r.cell(0).text()).collect(Collectors.toList()));
    }

    /** Clicks the row whose first cell reads {@code text}. */
    void clickRow(Section section, String text) {
        TableView<RecordRow> table = table(section);
        Node target = robot.from(table).lookup(".table-cell")
                .match((TableCell<?, ?> c) -> c.getTableColumn() == table.getColumns().get(0)
                        && text.equals(c.getText())).query();
        click(robot, target);
    }

    String selectedFirstCell(Section section) {
        return onFx(() -> {
            RecordRow row = table(section).getSelectionModel().getSelectedItem();
            return row == null ? null : row.cell(0).text();
        });
    }

    /** The links shown in the section's detail pane. */
    Set<String> detailLinks(Section section) {
        return onFx(() -> robot.from(robot.lookup("#" + section.id() + "Detail").queryAs(Node.class))
                .lookup(".record-link").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).collect(Collectors.toSet()));
    }

    /** The headings (link groups, history) shown in the section's detail pane. */
    Set<String> detailHeadings(Section section) {
        return onFx(() -> robot.from(robot.lookup("#" + section.id() + "Detail").queryAs(Node.class))
                .lookup(".detail-section-title").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet()));
    }

    String detailTitle(Section section) {
        return onFx(() -> robot.from(robot.lookup("#" + section.id() + "Detail").queryAs(Node.class))
                .lookup(".detail-title").queryAs(Label.class).getText());
    }

    void clickDetailLink(Section section, String text) {
        Node link = robot.from(robot.lookup("#" + section.id() + "Detail").queryAs(Node.class))
                .lookup(".record-link").match((Hyperlink h) -> text.equals(h.getText())).query();
        scrollIntoView(link);
        click(robot, link);
    }

    /** Scrolls the detail pane, as a user would, until the node is in view. */
    static void scrollIntoView(Node node) {
        onFx(() -> {
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent != null) {
                ScrollPane scroll = (ScrollPane) parent;
                Bounds content = scroll.getContent().getLayoutBounds();
                Bounds target = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double room = content.getHeight() - scroll.getViewportBounds().getHeight();
                if (room > 0) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (target.getMinY() - 20) / room)));
                }
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    String statusCounts() {
        return onFx(() -> robot.lookup("#statusCounts").queryAs(Label.class).getText());
    }

    String statusDatabase() {
        return onFx(() -> robot.lookup("#statusDatabase").queryAs(Label.class).getText());
    }

    /** The navigation's section names as shown (in no particular order). */
    Set<String> navigationNames() {
        return onFx(() -> robot.from(navigation()).lookup(".nav-name").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet()));
    }

    /** The sections of the navigation, in their order. */
    List<Section> navigationOrder() {
        return onFx(() -> List.copyOf(navigation().getItems()));
    }

    /** A menu item of the menu bar (submenus included) by its id. */
    MenuItem menuItem(String id) {
        return onFx(() -> ((MenuBar) robot.lookup("#menuBar").query()).getMenus().stream()
                .flatMap(MainWindowHandle::itemsOf).filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id)));
    }

    private static Stream<MenuItem> itemsOf(MenuItem item) {
        return item instanceof Menu menu ? Stream.concat(Stream.of(menu),
                menu.getItems().stream().flatMap(MainWindowHandle::itemsOf)) : Stream.of(item);
    }

    /**
     * Chooses a menu item as a click does, without waiting for what it opens (a dialog that waits for an answer
     * would hold the caller otherwise); refuses a disabled one.
     */
    void choose(String id) {
        MenuItem item = menuItem(id);
        if (onFx(item::isDisable)) {
            throw new AssertionError(id + " is disabled");
        }
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window's title. */
    String title() {
        return onFx(() -> ((Stage) robot.lookup("#menuBar").query().getScene().getWindow()).getTitle());
    }
}
