package org.briefingdesk.ui.briefings;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Opens files with the desktop's application (java.awt.Desktop; xdg-open where AWT cannot). */
final class DesktopFileOpener implements FileOpener {
    @Override
    public void open(Path file) throws IOException {
        launch(file);
    }

    @Override
    public void openFolder(Path folder) throws IOException {
        launch(folder);
    }

    private static void launch(Path path) throws IOException {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(path.toFile());
            return;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", path.toString())
                : os.contains("win") ? List.of("explorer", path.toString()) : List.of("xdg-open", path.toString());
        new ProcessBuilder(command).inheritIO().start();
    }
}
