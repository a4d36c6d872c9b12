package org.briefingdesk.ui.briefings;

import java.nio.file.Path;
import java.util.Optional;
import org.briefingdesk.output.BriefingFormat;

/** Asks where to save a pack (the system's save dialog; a fake in tests). Call on the FX thread. */
public interface SaveFileChooser {
    /** The file chosen, starting from {@code suggested}; empty when the user cancelled. */
    Optional<Path> choose(Path suggested, BriefingFormat format);
}
