package org.briefingdesk.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.briefingdesk.logic.AppVersion;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.OpenMode;
import org.briefingdesk.ui.backups.BackupsDialog;
import org.briefingdesk.ui.backups.BackupsViewModel;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.DialogService;
import org.briefingdesk.ui.common.Fxml;
import org.briefingdesk.ui.common.TypedCharacters;
import org.briefingdesk.ui.common.WholeWords;
import org.briefingdesk.ui.edit.UndoManager;
import org.briefingdesk.ui.server.RecentServers;
import org.briefingdesk.ui.server.ServerConnectDialog;
import org.briefingdesk.ui.server.ServerConnectViewModel;

/**
 * The main window (MainWindow.fxml): its menus and toolbar, built from the window's {@link WindowAction}s;
 * the section navigation, built from {@link Section}; the banner and the status bar; and the content area
 * ({@link WorkspaceView}) between them.
 */
final class MainWindowView {
    private final MainWindowViewModel viewModel;
    private final WorkspaceViewModel workspace;
    private final Localization l10n;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final UndoManager undo;
    private final Consumer<String> switchLanguage;
    private final Runnable quit;
    private final WindowSetup setup;
    private final Runnable openSettings;
    private final Menu recentMenu = new Menu();
    private final Parent root;
    private final WorkspaceView workspaceView;
    private final Map<String, MenuItem> items = new HashMap<>();
    private final ActionFactory factory;
    private final List<WindowAction> actions = new ArrayList<>();

    @FXML
    private ListView<Section> navigation;
    @FXML
    private StackPane content;
    @FXML
    private Label statusDatabase;
    @FXML
    private HBox statusBar;
    @FXML
    private Label statusCounts;
    @FXML
    private Label statusMessage;
    @FXML
    private ProgressIndicator statusBusy;
    @FXML
    private Menu fileMenu;
    @FXML
    private Menu recordMenu;
    @FXML
    private Menu viewMenu;
    @FXML
    private Menu helpMenu;
    @FXML
    private RadioMenuItem czechItem;
    @FXML
    private RadioMenuItem englishItem;
    @FXML
    private HBox toolButtons;
    @FXML
    private TextField searchField;
    @FXML
    private Label banner;
    @FXML
    private VBox savedSearches;

    MainWindowView(MainWindowViewModel viewModel, WorkspaceViewModel workspace, Localization l10n,
                   BackgroundTasks tasks, DialogService dialogs, UndoManager undo, Consumer<String> switchLanguage,
                   Runnable quit, WindowSetup setup, Runnable openSettings) {
        this.viewModel = viewModel;
        this.workspace = workspace;
        this.l10n = l10n;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.undo = undo;
        this.switchLanguage = switchLanguage;
        this.quit = quit;
        this.setup = setup;
        this.openSettings = openSettings;
        this.factory = new ActionFactory(l10n);
        this.root = Fxml.load(this, "MainWindow.fxml", l10n.bundle());
        showLanguageInUse();
        setUpNavigation();
        this.workspaceView = new WorkspaceView(content, searchField, savedSearches, workspace, viewModel, l10n, tasks,
                dialogs, undo);
        setUpActions();
        banner.textProperty().bind(viewModel.bannerProperty());
        banner.visibleProperty().bind(viewModel.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        statusDatabase.textProperty().bind(viewModel.statusDatabaseProperty());
        statusCounts.textProperty().bind(viewModel.statusCountsProperty());
        statusMessage.textProperty().bind(viewModel.statusMessageProperty());
        // Short of room, the counts and the message wrap between words and the file's path gives up its start.
        WholeWords.keepWholeUpTo(statusDatabase, statusBar.widthProperty(), 0.4);
        Tooltip wholePath = new Tooltip();
        wholePath.textProperty().bind(statusDatabase.textProperty());
        statusDatabase.setTooltip(wholePath);
        WholeWords.keepWhole(statusCounts);
        WholeWords.keepWhole(statusMessage);
        statusBusy.visibleProperty().bind(viewModel.busyProperty());
        statusBusy.managedProperty().bind(viewModel.busyProperty());
        root.disableProperty().bind(viewModel.closingProperty());
        root.addEventFilter(KeyEvent.KEY_TYPED, TypedCharacters.refusing(viewModel::refusedCharacter));
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.BACK) {
                workspace.goBack();
            } else if (e.getButton() == MouseButton.FORWARD) {
                workspace.goForward();
            }
        });
        // A press release dropped on the window opens the drafting page on it.
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (files) {
                workspaceView.openDrafting(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    Parent root() {
        return root;
    }

    /** Runs {@code then} once no input typed in the open form would be lost (asking when there is some). */
    void whenNothingUnsaved(UnsavedInputGuard.Purpose purpose, Runnable then) {
        workspaceView.whenNothingUnsaved(purpose, then);
    }

    /** The window's actions in menu order, as the shortcut list shows them. */
    List<WindowAction> actions() {
        return List.copyOf(actions);
    }

    // --- the actions: each defined once, its menu item, toolbar button and shortcut line built from it ---

    private void setUpActions() {
        var formOpen = workspaceView.formOpenProperty();
        var readOnly = viewModel.readOnlyProperty();
        var writable = Bindings.not(readOnly);
        var canChange = workspace.canChangeRecords();
        var canChangeSelected = workspace.canChangeSelected();

        WindowAction loadSample = WindowAction.of("loadSample", "ui.menu.loadSample", () -> viewModel.loadSample(true))
                .enabledWhen(writable);
        WindowAction backups = WindowAction.of("backups", "ui.menu.backups", this::showBackups);
        WindowAction takeOver = WindowAction.of("takeOver", "ui.menu.takeOver", viewModel::takeOverWriting);
        WindowAction quitAction = WindowAction.of("quit", "ui.menu.quit", quit).withKeys("Shortcut+Q");
        WindowAction importAction = WindowAction.of("import", "ui.menu.import", workspaceView::importRecords)
                .enabledWhen(writable);
        WindowAction exportAction = WindowAction.of("export", "ui.menu.export", workspaceView::exportRecords);
        WindowAction connect = WindowAction.of("connectServer", "ui.menu.connectServer", this::connectServer);
        var open = Bindings.isNotNull(viewModel.servicesProperty()).and(Bindings.not(viewModel.busyProperty()));
        var localFile = Bindings.createBooleanBinding(() -> viewModel.servicesProperty().get() != null
                && viewModel.servicesProperty().get().store().isLocalFile(), viewModel.servicesProperty());
        WindowAction newFile = WindowAction.of("newFile", "ui.menu.newFile", this::newFile).enabledWhen(open);
        WindowAction openFile = WindowAction.of("openFile", "ui.menu.openFile", this::openFile)
                .withKeys("Shortcut+O").enabledWhen(open);
        WindowAction saveCopy = WindowAction.of("saveCopy", "ui.menu.saveCopy", this::saveCopy)
                .enabledWhen(localFile);
        WindowAction showInFolder = WindowAction.of("showInFolder", "ui.menu.showInFolder", this::showInFolder)
                .enabledWhen(localFile);
        WindowAction settings = WindowAction.of("settings", "ui.menu.settings", openSettings)
                .withKeys("Shortcut+COMMA");
        fill(fileMenu, List.of(newFile, openFile, saveCopy, showInFolder), List.of(loadSample, backups, takeOver),
                List.of(importAction, exportAction), List.of(connect), List.of(settings), List.of(quitAction));
        items.get(takeOver.id()).visibleProperty().bind(readOnly); // offered only while another copy writes
        recentMenu.setText(l10n.get("ui.menu.recent"));
        recentMenu.setId("recentMenu");
        recentMenu.disableProperty().bind(Bindings.not(open));
        fileMenu.getItems().add(fileMenu.getItems().indexOf(items.get(openFile.id())) + 1, recentMenu);
        fileMenu.setOnShowing(e -> refreshRecent());
        refreshRecent();

        WindowAction newRecord = WindowAction.of("new", "ui.menu.new", workspaceView::newRecord).withKeys("Shortcut+N")
                .withToolbarLabel("ui.toolbar.new").enabledWhen(canChange);
        WindowAction edit = WindowAction.of("edit", "ui.menu.edit", workspaceView::editRecord).withKeys("Shortcut+E")
                .withToolbarLabel("ui.toolbar.edit").enabledWhen(canChangeSelected);
        WindowAction save = WindowAction.of("save", "ui.menu.save", workspaceView::saveRecord).withKeys("Shortcut+S")
                .enabledWhen(formOpen);
        WindowAction delete = WindowAction.of("delete", "ui.menu.delete", workspaceView::deleteRecord)
                .withKeys("Shortcut+DELETE").withToolbarLabel("ui.toolbar.delete").enabledWhen(canChangeSelected);
        WindowAction fromRelease = WindowAction.of("fromRelease", "ui.menu.fromRelease",
                () -> workspaceView.openDrafting(null));
        // Ctrl+Shift+Z redoes too, as in most editors.
        WindowAction undoAction = WindowAction.of("undo", "ui.menu.undo", workspaceView::undo).withKeys("Shortcut+Z")
                .withIcon("↶").withText(undo.undoTextProperty())
                .enabledWhen(undo.canUndoProperty().and(Bindings.not(formOpen)).and(writable));
        WindowAction redoAction = WindowAction.of("redo", "ui.menu.redo", workspaceView::redo)
                .withKeys("Shortcut+Y", "Shortcut+Shift+Z").withIcon("↷").withText(undo.redoTextProperty())
                .enabledWhen(undo.canRedoProperty().and(Bindings.not(formOpen)).and(writable));
        fill(recordMenu, List.of(newRecord, edit, save, delete, fromRelease), List.of(undoAction, redoAction));

        WindowAction back = WindowAction.of("back", "ui.menu.back", workspace::goBack).withKeys("Alt+LEFT")
                .withIcon("←").enabledWhen(workspace.canGoBack());
        WindowAction forward = WindowAction.of("forward", "ui.menu.forward", workspace::goForward)
                .withKeys("Alt+RIGHT").withIcon("→").enabledWhen(workspace.canGoForward());
        List<WindowAction> sections = new ArrayList<>();
        for (Section section : Section.values()) {
            sections.add(WindowAction.of(section.id() + "Section", section.titleKey(),
                    () -> workspaceView.showSection(section)).withKeys("Shortcut+" + (section.ordinal() + 1)));
        }
        WindowAction searchAction = WindowAction.of("search", "ui.search.title", workspaceView::focusSearch)
                .withKeys("Shortcut+F", "Shortcut+K");
        fill(viewMenu, List.of(back, forward), sections, List.of(searchAction));

        WindowAction shortcuts = WindowAction.of("shortcuts", "ui.menu.shortcuts", this::showShortcuts)
                .withKeys("F1");
        WindowAction searchSyntax = WindowAction.of("searchSyntax", "ui.menu.searchSyntax", this::showSearchSyntax);
        WindowAction about = WindowAction.of("about", "ui.menu.about", this::showAbout);
        fill(helpMenu, List.of(shortcuts, searchSyntax), List.of(about));

        for (List<WindowAction> group : List.of(List.of(back, forward), List.of(newRecord, edit, delete),
                List.of(undoAction, redoAction))) {
            if (!toolButtons.getChildren().isEmpty()) {
                Region gap = new Region();
                gap.getStyleClass().add("tool-gap");
                toolButtons.getChildren().add(gap);
            }
            group.forEach(action -> toolButtons.getChildren().add(factory.button(action)));
        }
        factory.handleExtraKeys(root, actions);
    }

    /** Fills a menu with the actions' items, a separator between groups; the actions join the window's list. */
    @SafeVarargs
    private void fill(Menu menu, List<WindowAction>... groups) {
        for (List<WindowAction> group : groups) {
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            for (WindowAction action : group) {
                MenuItem item = factory.menuItem(action);
                menu.getItems().add(item);
                items.put(action.id(), item);
                actions.add(action);
            }
        }
    }

    private void setUpNavigation() {
        navigation.getItems().setAll(Section.values());
        navigation.setCellFactory(list -> new SectionCell());
        navigation.getSelectionModel().select(viewModel.sectionProperty().get());
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, section) -> {
            if (section != null) {
                viewModel.sectionProperty().set(section);
            }
        });
        viewModel.sectionProperty().addListener((obs, old, section) -> navigation.getSelectionModel().select(section));
        navigation.disableProperty().bind(workspace.formOpenProperty());
    }

    /** A section in the navigation: its name and its key (Ctrl+1 … Ctrl+9). */
    private final class SectionCell extends ListCell<Section> {
        @Override
        protected void updateItem(Section section, boolean empty) {
            super.updateItem(section, empty);
            getStyleClass().removeIf(c -> c.startsWith("nav-item-"));
            if (empty || section == null) {
                setText(null);
                setGraphic(null);
                setId(null);
                return;
            }
            setId("nav-" + section.id());
            getStyleClass().add("nav-item-" + section.id());
            Label name = new Label(l10n.get(section.titleKey()));
            name.getStyleClass().add("nav-name");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label shortcut = new Label(l10n.get("ui.nav.shortcut", section.ordinal() + 1));
            shortcut.getStyleClass().add("nav-shortcut");
            HBox line = new HBox(name, gap, shortcut);
            line.getStyleClass().add("nav-line");
            setText(null);
            setGraphic(line);
        }
    }

    /** A bundle of records the desktop handed over: reviewed for import. */
    void importFile(Path file) {
        workspaceView.importFile(file);
    }

    // --- what the start probe waits for (StartupProbe) ---

    long shownRows(Section section) {
        return workspaceView.shownRows(section);
    }

    void typeSearch(String query) {
        workspaceView.typeSearch(query);
    }

    OptionalLong shownSearchTotal(String query) {
        return workspaceView.shownSearchTotal(query);
    }

    // --- what the menus open here ---

    /** Soubor › Nová databáze…: a new, empty file, opened in place of the one open now. */
    private void newFile() {
        setup.files().chooseNew(owner(), l10n.get("ui.file.newTitle"), currentFolder())
                .ifPresent(file -> switchTo(file, OpenMode.CREATE));
    }

    /** Soubor › Otevřít…: an existing file; a refused one leaves the window on the file it had. */
    private void openFile() {
        setup.files().chooseExisting(owner(), l10n.get("ui.file.openTitle"), currentFolder())
                .ifPresent(file -> switchTo(file, OpenMode.WRITE));
    }

    /** Any file switch asks about unsaved input first, as quitting does. */
    private void switchTo(Path file, OpenMode mode) {
        workspaceView.whenNothingUnsaved(UnsavedInputGuard.Purpose.OPEN_FILE, () -> viewModel.openFile(file, mode));
    }

    /**
     * Soubor › Nedávné: the last ten files, newest first; a file that is not there any more is marked and cannot
     * be chosen. Whether each is there is found out in the background each time the menu opens.
     */
    private void refreshRecent() {
        List<Path> files = setup.recentFiles().load();
        fillRecent(files, files.stream().map(f -> Boolean.TRUE).toList());
        tasks.run(() -> files.stream().map(f -> Files.isRegularFile(f)).toList(), present -> fillRecent(files, present),
                failure -> { });
    }

    private void fillRecent(List<Path> files, List<Boolean> present) {
        recentMenu.getItems().clear();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(l10n.get("ui.menu.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
            return;
        }
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String name = l10n.get("ui.menu.recent.item", i + 1, file.getFileName(), file.getParent());
            MenuItem item = new MenuItem(present.get(i) ? name : l10n.get("ui.menu.recent.missing", name));
            item.setId("recentFile" + i);
            item.setMnemonicParsing(false);
            item.setDisable(!present.get(i));
            item.setOnAction(e -> switchTo(file, OpenMode.WRITE));
            recentMenu.getItems().add(item);
        }
    }

    /** Soubor › Uložit kopii jako…: a verified copy, written where the user says (never over a database). */
    private void saveCopy() {
        WindowServices services = viewModel.servicesProperty().get();
        if (services == null || !services.store().isLocalFile()) {
            return;
        }
        String name = services.store().shortName().replaceFirst("\\.db$", "");
        setup.files().chooseCopy(owner(), l10n.get("ui.file.copyTitle"), currentFolder(),
                l10n.get("ui.file.copyName", name)).ifPresent(viewModel::saveCopy);
    }

    /** Soubor › Zobrazit ve složce: the open file in the desktop's file manager. */
    private void showInFolder() {
        WindowServices services = viewModel.servicesProperty().get();
        if (services == null || !services.store().isLocalFile()) {
            return;
        }
        Path file = services.store().location();
        tasks.run(() -> setup.files().showInFolder(file), () -> { },
                failure -> dialogs.showError(l10n.get("ui.dialog.error.title"), l10n.get("ui.file.noFileManager",
                        file.getParent())));
    }

    private Window owner() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** The open file's folder, where the file dialogs start. */
    private Path currentFolder() {
        WindowServices services = viewModel.servicesProperty().get();
        return services != null && services.store().isLocalFile() ? services.store().location().getParent() : null;
    }

    private void showBackups() {
        WindowServices services = viewModel.servicesProperty().get();
        if (services != null) {
            new BackupsDialog(new BackupsViewModel(services, tasks, dialogs,
                    restored -> viewModel.attach(restored, false)), root.getScene().getWindow()).show();
        }
    }

    /** Soubor › Připojit k týmovému serveru…: asks where and as whom, then connects in the background. */
    private void connectServer() {
        if (viewModel.servicesProperty().get() == null || workspaceView.formOpenProperty().get()) {
            return;
        }
        new ServerConnectDialog(new ServerConnectViewModel(l10n, RecentServers.userPreferences()), l10n)
                .showAndWait(root.getScene().getWindow())
                .ifPresent(login -> viewModel.connect(login.address(), login.password()));
    }

    private void showShortcuts() {
        new ShortcutsDialog(factory.shortcuts(actions), l10n, root.getScene().getWindow()).show();
    }

    /** Nápověda › O aplikaci: version and licence, and where the database, its backups and the log are. */
    private void showAbout() {
        WindowServices services = viewModel.servicesProperty().get();
        String none = l10n.get("ui.about.none");
        String database = services == null ? none : services.store().displayName();
        String backups = services != null && services.store().isLocalFile()
                ? services.store().location().toAbsolutePath().resolveSibling("backups").toString()
                : l10n.get("ui.about.serverBackups");
        String logs = setup.logFile().get().map(f -> String.valueOf(f.getParent())).orElse(none);
        new AboutDialog(l10n, owner(), AppVersion.current(), List.of(
                new AboutDialog.Line("ui.about.version", AppVersion.current()),
                new AboutDialog.Line("ui.about.licence", l10n.get("ui.about.licenceName")),
                new AboutDialog.Line("ui.about.database", database),
                new AboutDialog.Line("ui.about.backups", backups),
                new AboutDialog.Line("ui.about.log", logs))).show();
    }

    /** Nápověda › Syntaxe hledání: clicking an example runs it in the search field. */
    private void showSearchSyntax() {
        new SearchSyntaxDialog(l10n, owner(), query -> {
            workspaceView.focusSearch();
            workspaceView.typeSearch(query);
        }).show();
    }

    @FXML
    private void switchToCzech() {
        switchTo("cs");
    }

    @FXML
    private void switchToEnglish() {
        switchTo("en");
    }

    private void switchTo(String language) {
        switchLanguage.accept(language);
        // Still this window (the user kept the form): the menu shows the language in use. A rebuilt
        // window has menus of its own.
        showLanguageInUse();
    }

    private void showLanguageInUse() {
        boolean english = "en".equals(l10n.locale().getLanguage());
        (english ? englishItem : czechItem).setSelected(true);
    }
}
