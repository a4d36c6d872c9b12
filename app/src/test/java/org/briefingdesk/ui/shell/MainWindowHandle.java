package org.briefingdesk.ui.shell;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
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
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.briefingdesk.testutil.FxSettle;
import org.briefingdesk.ui.records.RecordRow;
import org.testfx.api.FxRobot;
import org.testfx.robot.BaseRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Page object for the main window: finds its parts by fx:id and reads them on the FX thread. */
final class MainWindowHandle {
    private static final long TIMEOUT_SECONDS = 30;
    /** A frame of the FX thread's pulse (60 per second) and a bit: time enough for a layout to show. */
    private static final long FRAME_MILLIS = 20;
    private static final int POINTER_STEPS = 8;
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
        FxSettle.settle();
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
        FxSettle.settle();
    }

    /**
     * Types a shortcut (the keys pressed in order, released in reverse) and lets its events land. The events
     * queue on the FX thread in their order, so one wait at the end suffices ({@code FxRobot.push} waits five
     * FX rounds, at least 50 ms, after every key: 250 ms a shortcut, a third of the press release's entry).
     */
    static void keys(FxRobot robot, KeyCode... pressed) {
        BaseRobot keyboard = robot.robotContext().getBaseRobot();
        for (KeyCode key : pressed) {
            keyboard.pressKeyboard(key);
        }
        for (int i = pressed.length - 1; i >= 0; i--) {
            keyboard.releaseKeyboard(pressed[i]);
        }
        FxSettle.settle();
    }

    /**
     * Clicks the middle of the node as a user does: once the node has stopped moving (a form still scrolling, a
     * popup still placed), the pointer glides there in steps and the button is pressed only when the node is
     * under it (hovered), then the events land. Waits on these conditions rather than on TestFX's pacing (200
     * pointer steps a millisecond apart and five FX rounds after each event, half a second a click), which
     * gave a scrolling form the time to settle only by chance.
     */
    static void click(FxRobot robot, Node node) {
        if (!click(robot, node, () -> true)) {
            throw new AssertionError("not shown: " + node);
        }
    }

    /**
     * Clicks the node while it still is what the caller means ({@code meant}, read on the FX thread: a popup's
     * cell reused for another item is not); false, and nothing clicked, when it is no longer shown or meant.
     */
    static boolean click(FxRobot robot, Node node, Callable<Boolean> meant) {
        // The window clicked in takes the keys typed next (write), as with clickOn.
        robot.targetWindow(node);
        BaseRobot mouse = robot.robotContext().getBaseRobot();
        for (int attempt = 1; ; attempt++) {
            Point2D target = settledMiddle(node, meant);
            if (target == null) {
                return false;
            }
            glide(mouse, target);
            if (under(node, target, meant)) {
                break;
            }
            if (attempt == 3) {
                // Clicked all the same (a node that never shows hover): the test's own checks then judge it.
                System.getLogger("MainWindowHandle").log(System.Logger.Level.WARNING, "pointer not over " + node);
                break;
            }
        }
        mouse.pressMouse(MouseButton.PRIMARY);
        mouse.releaseMouse(MouseButton.PRIMARY);
        FxSettle.settle();
        return true;
    }

    /**
     * The node's middle on the screen once two readings a frame apart agree (the last reading after a second of
     * moving), or null when it is not shown or no longer meant.
     */
    private static Point2D settledMiddle(Node node, Callable<Boolean> meant) {
        Callable<Point2D> read = () -> meant.call() ? middle(node) : null;
        Point2D last = onFx(read);
        for (int reading = 0; reading < 50 && last != null; reading++) {
            WaitForAsyncUtils.sleep(FRAME_MILLIS, TimeUnit.MILLISECONDS);
            Point2D now = onFx(read);
            if (now == null || now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private static Point2D middle(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null
                || !node.getScene().getWindow().isShowing() || !node.isVisible()) {
            return null;
        }
        // The visible part, as TestFX's clickOn aims: a long suggestion is wider than its popup.
        Bounds bounds = node.localToScreen(node.getBoundsInLocal());
        Scene scene = node.getScene();
        Bounds shown = scene.getRoot().localToScreen(0, 0) == null ? null : new BoundingBox(
                scene.getWindow().getX() + scene.getX(), scene.getWindow().getY() + scene.getY(),
                scene.getWidth(), scene.getHeight());
        if (bounds == null || shown == null || !bounds.intersects(shown)) {
            return null;
        }
        double minX = Math.max(bounds.getMinX(), shown.getMinX());
        double maxX = Math.min(bounds.getMaxX(), shown.getMaxX());
        double minY = Math.max(bounds.getMinY(), shown.getMinY());
        double maxY = Math.min(bounds.getMaxY(), shown.getMaxY());
        return new Point2D((minX + maxX) / 2, (minY + maxY) / 2);
    }

    /** Moves the pointer to the target in a few steps, so the nodes on the way see it enter and leave. */
    private static void glide(BaseRobot mouse, Point2D target) {
        Point2D from = mouse.retrieveMouse();
        for (int step = 1; step <= POINTER_STEPS; step++) {
            double f = (double) step / POINTER_STEPS;
            mouse.moveMouse(new Point2D(from.getX() + (target.getX() - from.getX()) * f,
                    from.getY() + (target.getY() - from.getY()) * f));
        }
        FxSettle.settle();
    }

    /** True once the node shows the pointer over it and still sits at the target. */
    private static boolean under(Node node, Point2D target, Callable<Boolean> meant) {
        try {
            WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> onFx(() -> node.isHover()
                    && target.equals(middle(node)) && meant.call()));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** Waits (without sleeping blindly) until the condition, read on the FX thread, holds. */
    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + TIMEOUT_SECONDS + " s", e);
        }
        FxSettle.settle();
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
        FxSettle.settle();
    }

    /** The status bar's counts as read, its no-break spaces (between a kind and its count) as spaces. */
    String statusCounts() {
        return onFx(() -> robot.lookup("#statusCounts").queryAs(Label.class).getText()).replace('\u00a0', ' ');
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
        FxSettle.settle();
    }

    /** The window's title. */
    String title() {
        return onFx(() -> ((Stage) robot.lookup("#menuBar").query().getScene().getWindow()).getTitle());
    }
}
