package org.briefingdesk.app;

/**
 * Entry point of the jar. A plain class (not an Application) so that {@code java -jar} works with
 * JavaFX on the class path. With a sub-command it runs the command line; otherwise it opens the window.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        BriefingDeskApp.launchWindow(args);
    }
}
