package org.briefingdesk.ui.common;

import java.util.List;
import java.util.Optional;

/** The dialogs the application shows, behind an interface so that tests can answer them. */
public interface DialogService {
    /** Asks a yes/no question; true when the user agreed. */
    boolean confirm(String title, String header, String message);

    void showError(String title, String message);

    void showInformation(String title, String header, String message);

    /**
     * Asks a question with several answers, the last of which cancels (as closing the dialog does).
     *
     * @return the index of the chosen answer; the last index when the dialog was closed
     */
    int choose(String title, String header, String message, List<String> answers);

    /** Asks for a line of text (a name); empty when the user cancelled or left it blank. */
    Optional<String> askText(String title, String header, String initialValue);
}
