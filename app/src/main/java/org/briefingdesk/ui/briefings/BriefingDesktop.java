package org.briefingdesk.ui.briefings;

import java.util.function.Supplier;
import javafx.stage.Window;

/** What the Podklady section needs from the desktop: a save dialog, opening files, the printer. */
public record BriefingDesktop(SaveFileChooser chooser, FileOpener opener, PagePrinter printer) {
    /** The system's dialogs, owned by the window {@code owner} gives. */
    public static BriefingDesktop system(Supplier<Window> owner) {
        return new BriefingDesktop(new FxSaveFileChooser(owner), new DesktopFileOpener(), new FxPagePrinter(owner));
    }
}
