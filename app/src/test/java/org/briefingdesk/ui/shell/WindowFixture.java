package org.briefingdesk.ui.shell;

import static org.briefingdesk.ui.shell.MainWindowHandle.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.testutil.Locks;
import org.briefingdesk.testutil.TestStores;
import org.briefingdesk.ui.common.FxBackgroundTasks;
import org.briefingdesk.ui.common.LanguagePreference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The real main window, headless, for each test: shown in Czech on a new temporary SQLite file (the sample
 * unless {@link #startsWithSample} says otherwise) that opens off the FX thread while the window already shows
 * (as the application does), changed by {@link #fill}; each test starts once the status bar shows
 * {@link #countsWhenOpen}. The window's store is wrapped in {@link #guard}, so a test can assert that no store
 * call ran on the FX thread. Quitting runs the
 * application's {@link ShutdownSequence} to its end, whose last step counts in {@link #exits} instead of
 * ending the JavaFX toolkit. Afterwards the background tasks stop and the store closes, then TestFX closes
 * the window.
 *
 * <p>A base class rather than {@code @ExtendWith(ApplicationExtension.class)}: that extension looks for
 * {@code @Start} only among the test class's own methods, so an inherited one would never run.
 */
@ResourceLock(Locks.FX_TOOLKIT)
abstract class WindowFixture extends ApplicationTest {
    @TempDir
    static Path folder;

    final Localization czech = Localization.forLanguage("cs");
    final LanguagePreference preference = LanguagePreference.inMemory();
    /** This test's robot (the fixture is one): named as the tests name it. */
    final FxRobot robot = this;
    final FxThreadGuard guard = new FxThreadGuard();
    FxBackgroundTasks tasks;
    volatile RecordStore store;
    Path file;
    MainWindowHandle window;
    MainWindow mainWindow;
    /** How often the window's shutdown ran to its end (the application would have exited). */
    final AtomicInteger exits = new AtomicInteger();
    /** The shutdown's steps as they happened. */
    final List<String> shutdownSteps = new CopyOnWriteArrayList<>();

    /** Whether the new file starts as the sample press release (a copy, {@link TestStores#copySample}); it does. */
    boolean startsWithSample() {
        return true;
    }

    /** What the test adds to or takes from the new file before the window gets it; runs off the FX thread. */
    void fill(RecordStore opened) {
    }

    /** Opens the new file for the window (and for {@link #fill}); for writing by default. */
    RecordStore open(Path newFile) {
        return TestStores.opener().open(newFile, OpenMode.CREATE);
    }

    /** The services the window is given over the filled store (already wrapped in {@link #guard}). */
    WindowServices services(RecordStore windowStore) {
        return new FakeWindowServices(windowStore, czech);
    }

    /** What the window keeps between starts and its file dialogs: in memory, the system's dialogs by default. */
    WindowSetup setup() {
        return WindowSetup.inMemory(preference);
    }

    /** Text the status bar's counts show once the database is open and counted. */
    String countsWhenOpen() {
        return "Akce 3";
    }

    @Override
    public final void start(Stage stage) {
        file = folder.resolve(getClass().getSimpleName() + "-" + System.nanoTime() + ".db");
        tasks = new FxBackgroundTasks();
        // The primary stage is shared by every test class: a scene (and size) left by another is not this window's.
        stage.setScene(null);
        mainWindow = MainWindow.show(stage, czech, file, tasks, setup());
        stage.sizeToScene();
        mainWindow.setOnQuit(new ShutdownSequence(tasks, () -> {
            shutdownSteps.add("store closed");
            RecordStore closing = store;
            store = null;
            if (closing != null) {
                closing.close();
            }
        }, Platform::runLater, () -> {
            shutdownSteps.add("exit");
            exits.incrementAndGet();
        })::run);
        tasks.run(() -> {
            if (startsWithSample()) {
                TestStores.copySample(file);
            }
            RecordStore opened = open(file);
            fill(opened);
            store = opened;
            return services(guard.guard(opened));
        }, mainWindow::attach, mainWindow::openFailed);
    }

    @BeforeEach
    final void waitForTheDatabase() {
        window = new MainWindowHandle(robot);
        waitUntil(() -> window.statusCounts().contains(countsWhenOpen()));
    }

    @AfterEach
    final void closeTheDatabase() {
        tasks.close();
        RecordStore open = store;
        store = null;
        if (open != null) {
            open.close();
        }
    }
}
