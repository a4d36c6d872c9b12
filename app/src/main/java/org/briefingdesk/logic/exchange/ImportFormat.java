package org.briefingdesk.logic.exchange;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The files records come in from: a bundle of another desk, or Popolo JSON. */
public enum ImportFormat {
    BUNDLE, POPOLO;

    /** The format a name on the command line means ("bundle", "popolo"). */
    public static Optional<ImportFormat> named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "bundle", "bdesk" -> Optional.of(BUNDLE);
            case "popolo", "json" -> Optional.of(POPOLO);
            default -> Optional.empty();
        };
    }

    /** The format a file's extension says: .bdesk a bundle, .json Popolo. */
    public static Optional<ImportFormat> of(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith("." + BundleFormat.EXTENSION)) {
            return Optional.of(BUNDLE);
        }
        return name.endsWith(".json") ? Optional.of(POPOLO) : Optional.empty();
    }
}
