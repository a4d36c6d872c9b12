package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.onFx;
import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.sample.SampleDataLoader;
import org.briefingdesk.logic.search.SearchHit;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.ui.common.FxBackgroundTasks;
import org.briefingdesk.ui.common.LanguagePreference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The search field in the real window: Ctrl+F, typing without diacritics, Down, Enter opens the record. */
@ExtendWith(ApplicationExtension.class)
class SearchFieldTest {
    @TempDir
    static Path folder;

    private final Localization czech = Localization.forLanguage("cs");
    private FxBackgroundTasks tasks;
    private volatile RecordStore store;
    private MainWindowHandle window;

    @Start
    void start(Stage stage) {
        Path file = folder.resolve("search-" + System.nanoTime() + ".db");
        tasks = new FxBackgroundTasks();
        MainWindow mainWindow = MainWindow.show(stage, czech, file, tasks, LanguagePreference.inMemory());
        tasks.run(() -> {
            RecordStore opened = TestStores.opener().open(file, true);
            new SampleDataLoader().load(opened);
            store = opened;
            return new FakeWindowServices(opened, czech);
        }, mainWindow::attach, mainWindow::openFailed);
    }

    @BeforeEach
    void waitForTheDatabase(FxRobot robot) {
        window = new MainWindowHandle(robot);
        waitUntil(() -> window.statusCounts().contains("Akce 3"));
    }

    @AfterEach
    void close() {
        tasks.close();
        if (store != null) {
            store.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static ListView<SearchHit> results(FxRobot robot) {
        return robot.lookup(".search-results").queryAs(ListView.class);
    }

    @Test
    void typingFindsAndEnterOpensTheRecord(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#searchField").queryAs(TextField.class);
        assertTrue(onFx(field::isFocused), "Ctrl+F puts the cursor in the search field");

        robot.write("rakusan legislativa");
        waitUntil(() -> robot.lookup(".search-results").tryQuery().isPresent()
                && results(robot).getItems().stream().anyMatch(h -> h.title().equals("Vít Rakušan")));
        List<String> kinds = onFx(() -> results(robot).getItems().stream().map(h -> h.kind().name()).toList());
        assertTrue(kinds.contains("STATEMENT"), kinds.toString());

        robot.type(KeyCode.BACK_SPACE, "rakusan legislativa".length());
        robot.write("Cooperovou");
        waitUntil(() -> !results(robot).getItems().isEmpty()
                && results(robot).getItems().get(0).title().equals("Yvette Cooper"));
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> window.selectedSection() == Section.PEOPLE && window.showsPage(Section.PEOPLE));
        waitUntil(() -> "Yvette Cooper".equals(window.selectedFirstCell(Section.PEOPLE)));
        assertEquals("Yvette Cooper", window.detailTitle(Section.PEOPLE));
    }
}
