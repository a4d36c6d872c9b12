package org.briefingdesk.ui.exchange;

import java.nio.file.Path;
import java.util.Optional;

/** Asks which file to import from and where to export to (the system's dialogs; a fake in tests). FX thread. */
public interface ExchangeFiles {
    /** A file to read; empty when the user cancelled. */
    Optional<Path> open(String title);

    /** Where to write a file named like {@code suggestedName} with this extension; empty when cancelled. */
    Optional<Path> save(String title, String suggestedName, String extension);
}
