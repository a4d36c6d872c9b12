package org.briefingdesk.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The window. Started by {@link Main} when no sub-command is given. Arguments: [--db FILE] [--lang cs|en]. */
public final class BriefingDeskApp extends Application {
    public static void launchWindow(String[] args) {
        Application.launch(BriefingDeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        // Built by the UI work: opens AppContext off the FX thread and shows ui's main window.
    }
}
