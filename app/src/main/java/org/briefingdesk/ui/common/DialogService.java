package org.briefingdesk.ui.common;

/** The dialogs the application shows, behind an interface so that tests can answer them. */
public interface DialogService {
    /** Asks a yes/no question; true when the user agreed. */
    boolean confirm(String title, String header, String message);

    void showError(String title, String message);

    void showInformation(String title, String header, String message);

    /** Asks for a line of text (a name); empty when the user cancelled or left it blank. */
    java.util.Optional<String> askText(String title, String header, String initialValue);
}
