package org.briefingdesk.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's open and save dialogs, owned by the main window. */
public final class FxExchangeFiles implements ExchangeFiles {
    private final Supplier<Window> owner;

    public FxExchangeFiles(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> open(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Briefing Desk (*.bdesk), Popolo (*.json)", "*.bdesk", "*.json"),
                new FileChooser.ExtensionFilter("*", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> save(String title, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*." + extension, "*." + extension));
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = chosen.toPath();
        String name = path.getFileName().toString();
        return Optional.of(name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? path
                : path.resolveSibling(name + "." + extension));
    }
}
