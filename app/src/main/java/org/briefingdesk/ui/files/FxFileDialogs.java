package org.briefingdesk.ui.files;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's open and save dialogs, and the desktop's file manager (java.awt.Desktop; else its opener). */
final class FxFileDialogs implements FileDialogs {
    @Override
    public Optional<Path> chooseNew(Window owner, String title, Path folder) {
        return save(owner, title, folder, "briefing-desk");
    }

    @Override
    public Optional<Path> chooseExisting(Window owner, String title, Path folder) {
        FileChooser chooser = chooser(title, folder);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseCopy(Window owner, String title, Path folder, String suggestedName) {
        return save(owner, title, folder, suggestedName);
    }

    private static Optional<Path> save(Window owner, String title, Path folder, String suggestedName) {
        FileChooser chooser = chooser(title, folder);
        chooser.setInitialFileName(suggestedName + "." + EXTENSION);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = chosen.toPath();
        String name = path.getFileName().toString();
        return Optional.of(name.toLowerCase(Locale.ROOT).endsWith("." + EXTENSION) ? path
                : path.resolveSibling(name + "." + EXTENSION));
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Briefing Desk (*.db)", "*." + EXTENSION));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    @Override
    public void showInFolder(Path file) throws Exception {
        if (Desktop.isDesktopSupported()) {
            Desktop desktop = Desktop.getDesktop();
            if (desktop.isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
                desktop.browseFileDirectory(file.toFile());
                return;
            }
            if (desktop.isSupported(Desktop.Action.OPEN)) {
                desktop.open(file.getParent().toFile());
                return;
            }
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", "-R", file.toString())
                : os.contains("win") ? List.of("explorer", "/select,", file.toString())
                : List.of("xdg-open", file.getParent().toString());
        new ProcessBuilder(command).start();
    }
}
