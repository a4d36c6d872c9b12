package org.briefingdesk.ui.shell;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.BackupInfo;
import org.briefingdesk.ui.briefings.BriefingsViewModel;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.DialogService;
import org.briefingdesk.ui.common.FxDialogService;
import org.briefingdesk.ui.common.LanguagePreference;
import org.briefingdesk.ui.edit.UndoManager;
import org.briefingdesk.ui.settings.Appearance;
import org.briefingdesk.ui.settings.SettingsView;
import org.briefingdesk.ui.settings.SettingsViewModel;
import org.briefingdesk.ui.settings.UserIdentity;

/**
 * The main window, as the wiring in {@code app} uses it: {@link #show} at once (busy while the database
 * opens), then {@link #attach} the opened services or report {@link #openFailed}. Switching the language
 * rebuilds the window's content from the other bundle; the database stays open.
 */
public final class MainWindow {
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;
    static final Duration WRITER_CHECK = Duration.seconds(1);

    private final Stage stage;
    private Path location;
    private final BackgroundTasks tasks;
    private final WindowSetup setup;
    private final LanguagePreference languagePreference;
    /** The first start asks for the user's name once, when the first file is open. */
    private boolean identityAsked;
    private Localization l10n;
    private WindowServices services;
    private MainWindowViewModel viewModel;
    private Function<BackupInfo, WindowServices> recovery;
    private UndoManager undo;
    private MainWindowView view;
    private Runnable shutdown = Platform::exit;
    /** While read-only: asks every second whether the other copy has closed the file. */
    private final Timeline writerCheck = new Timeline(new KeyFrame(WRITER_CHECK, e -> viewModel.checkWriter()));

    private MainWindow(Stage stage, Localization l10n, Path location, BackgroundTasks tasks, WindowSetup setup) {
        this.stage = stage;
        this.l10n = l10n;
        this.location = location;
        this.tasks = tasks;
        this.setup = setup;
        this.languagePreference = setup.language();
        writerCheck.setCycleCount(Animation.INDEFINITE);
    }

    /** Shows the window at once, busy until {@link #attach} or {@link #openFailed} is called. */
    public static MainWindow show(Stage stage, Localization l10n, Path location, BackgroundTasks tasks,
                                  LanguagePreference languagePreference) {
        return show(stage, l10n, location, tasks, WindowSetup.inMemory(languagePreference));
    }

    /** As {@link #show(Stage, Localization, Path, BackgroundTasks, LanguagePreference)}, with what it keeps. */
    public static MainWindow show(Stage stage, Localization l10n, Path location, BackgroundTasks tasks,
                                  WindowSetup setup) {
        MainWindow window = new MainWindow(stage, l10n, location, tasks, setup);
        window.build(Section.OVERVIEW);
        window.viewModel.opening();
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        // The window's close button and the desktop's close ask about unsaved input, as Ctrl+Q does.
        stage.setOnCloseRequest(event -> {
            event.consume();
            window.requestQuit();
        });
        stage.show();
        return window;
    }

    /**
     * How the application ends once nothing typed would be lost (Ctrl+Q, the close button): a
     * {@link ShutdownSequence} in the application; {@code Platform.exit} until one is set.
     */
    public void setOnQuit(Runnable shutdown) {
        this.shutdown = Objects.requireNonNull(shutdown);
    }

    /** Quits, asking first when a form holds unsaved input (Zrušit keeps the window and the form). */
    public void requestQuit() {
        view.whenNothingUnsaved(UnsavedInputGuard.Purpose.QUIT, () -> {
            writerCheck.stop();
            viewModel.closing();
            shutdown.run();
        });
    }

    /** The database is open (call on the FX thread). */
    public void attach(WindowServices opened) {
        this.services = Objects.requireNonNull(opened).withLanguage(l10n);
        viewModel.attach(services, setup.settings().identity().isPresent());
        askIdentityOnce();
    }

    /**
     * A measured start (the start benchmark's probe): the first start's question is not asked, so that the start
     * is timed as a user sees it every day and the probe can end the application with no dialog open.
     */
    public void withoutFirstStartQuestion() {
        identityAsked = true;
    }

    /**
     * On the first start (no name confirmed yet) Nastavení opens once, proposing the operating system's full name;
     * closed either way, the proposal is kept, so it is not asked again.
     */
    private void askIdentityOnce() {
        if (identityAsked || setup.settings().identity().isPresent()) {
            return;
        }
        identityAsked = true;
        UserIdentity proposed = setup.settings().identityOrDefault();
        Platform.runLater(() -> {
            openSettings(true);
            if (setup.settings().identity().isEmpty()) {
                setup.settings().saveIdentity(proposed);
            }
            viewModel.offerSampleWhenEmpty(); // after the name, the empty file's offer of the sample
        });
    }

    /** Nastavení: who works here, language, theme and text size; saved ones take effect at once. */
    void openSettings() {
        view.whenNothingUnsaved(UnsavedInputGuard.Purpose.SETTINGS, () -> openSettings(false));
    }

    private void openSettings(boolean firstStart) {
        SettingsViewModel settings = new SettingsViewModel(setup.settings(), l10n.locale().getLanguage());
        if (!new SettingsView(settings, l10n, firstStart).showAndWait(stage)) {
            return;
        }
        settings.save();
        String language = settings.languageProperty().get();
        if (!language.equals(l10n.locale().getLanguage())) {
            rebuildIn(language);
        } else {
            rebuild(); // the theme, the text size and the name on packs
        }
    }

    /** How a damaged file is recovered: restore this backup and open again (runs off the FX thread). */
    public void setRecovery(Function<BackupInfo, WindowServices> restore) {
        this.recovery = restore;
        viewModel.setRecovery(restore);
    }

    /**
     * The desktop handed over a bundle of records (.bdesk) to open (call on the FX thread, once attached): its merge
     * preview is shown for review, as after Soubor › Importovat….
     */
    public void bundleHandedOver(Path bundle) {
        view.importFile(bundle);
    }

    /** The file being opened is converted for this build first: the status bar says so while it takes. */
    public void upgrading(Path file) {
        viewModel.upgrading(file);
    }

    /** The database could not be opened (call on the FX thread). */
    public void openFailed(Throwable failure) {
        viewModel.openFailed(failure);
    }

    /** A file opened in the window is the first of Soubor › Nedávné, and the one the next start opens. */
    private void remember(WindowServices opened) {
        if (!opened.store().isLocalFile()) {
            return;
        }
        Path file = opened.store().location();
        location = file;
        tasks.run(() -> setup.recentFiles().remember(file), () -> { },
                failure -> System.getLogger(MainWindow.class.getName())
                        .log(System.Logger.Level.WARNING, "could not remember the recent file", failure));
    }

    Stage stage() {
        return stage;
    }

    MainWindowView view() {
        return view;
    }

    MainWindowViewModel viewModel() {
        return viewModel;
    }

    public Localization localization() {
        return l10n;
    }

    /**
     * Rebuilds the window in another language ("cs" or "en") and remembers the choice; a form with
     * unsaved input is saved or discarded first, as the user chooses, or the language stays.
     */
    public void switchLanguage(String language) {
        view.whenNothingUnsaved(UnsavedInputGuard.Purpose.LANGUAGE, () -> rebuildIn(language));
    }

    private void rebuildIn(String language) {
        Localization next = Localization.forLanguage(language);
        languagePreference.save(next.locale().getLanguage());
        if (next.locale().equals(l10n.locale())) {
            return;
        }
        l10n = next;
        rebuild();
    }

    /** Builds the window's content again (language, theme, text size, name); the database stays open. */
    private void rebuild() {
        Section current = viewModel.sectionProperty().get();
        build(current);
        if (services != null) {
            services = services.withLanguage(l10n);
            viewModel.attach(services, false);
        } else {
            viewModel.opening();
        }
    }

    private void build(Section section) {
        DialogService dialogs = new FxDialogService(() -> stage, l10n.get("ui.dialog.yes"), l10n.get("ui.dialog.no"));
        viewModel = new MainWindowViewModel(l10n, location, tasks, dialogs);
        viewModel.setRecovery(recovery);
        viewModel.servicesProperty().addListener((obs, old, now) -> {
            if (now != null) {
                services = now; // also after a restore reopened the file, or another file was opened
                remember(now);
            }
        });
        viewModel.sectionProperty().set(section);
        viewModel.readOnlyProperty().addListener((obs, was, readOnly) -> {
            if (readOnly) {
                writerCheck.play();
            } else {
                writerCheck.stop();
            }
        });
        // The undo history lasts the whole session, across a change of language.
        undo = undo == null ? new UndoManager(tasks, l10n) : undo.withLanguage(l10n);
        Localization language = l10n;
        WorkspaceViewModel workspace = new WorkspaceViewModel(viewModel.sectionProperty(), viewModel.servicesProperty(),
                viewModel.readOnlyProperty(), l10n, tasks, open -> new BriefingsViewModel(
                        BriefingsViewModel.Context.forWindow(open.store(), language, tasks,
                                open.briefingDesktop(() -> stage), setup.settings().identityOrDefault().signature())));
        view = new MainWindowView(viewModel, workspace, l10n, tasks, dialogs, undo, this::switchLanguage,
                this::requestQuit, setup, this::openSettings);
        if (stage.getScene() == null) {
            stage.setScene(new Scene(view.root(), WIDTH, HEIGHT));
        } else {
            stage.getScene().setRoot(view.root());
        }
        Appearance.apply(stage.getScene(), setup.settings().theme(), setup.settings().textSize());
        stage.titleProperty().unbind();
        stage.titleProperty().bind(viewModel.titleProperty());
    }
}
