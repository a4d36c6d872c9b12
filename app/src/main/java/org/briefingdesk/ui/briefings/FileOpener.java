package org.briefingdesk.ui.briefings;

import java.io.IOException;
import java.nio.file.Path;

/** Opens a written pack, or its folder, in the desktop's own application. May block: call it off the FX thread. */
public interface FileOpener {
    void open(Path file) throws IOException;

    void openFolder(Path folder) throws IOException;
}
