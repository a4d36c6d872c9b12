package org.briefingdesk.ui.briefings;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.briefingdesk.output.BriefingFormat;

/** The system's save dialog, starting in the suggested file's folder with its name. */
final class FxSaveFileChooser implements SaveFileChooser {
    private final Supplier<Window> owner;

    FxSaveFileChooser(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> choose(Path suggested, BriefingFormat format) {
        FileChooser chooser = new FileChooser();
        Path folder = suggested.getParent();
        if (folder != null && Files.isDirectory(folder)) { // one stat of a local folder, as every dialog does
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(suggested.getFileName().toString());
        String pattern = "*." + format.extension();
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(format.name() + " (" + pattern + ")", pattern));
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = chosen.toPath();
        String name = path.getFileName().toString();
        return Optional.of(name.toLowerCase(Locale.ROOT).endsWith("." + format.extension())
                ? path : path.resolveSibling(name + "." + format.extension()));
    }
}
