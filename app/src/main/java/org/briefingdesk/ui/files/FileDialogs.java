package org.briefingdesk.ui.files;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The system's dialogs of the Soubor menu and the file manager (a fake in tests). Called on the FX thread;
 * {@link #showInFolder} only from a background thread (a desktop may take its time).
 */
public interface FileDialogs {
    /** The extension of database files the dialogs offer and add. */
    String EXTENSION = "db";

    /** Where a new database is to be made (Nová databáze…); empty when the user cancelled. */
    Optional<Path> chooseNew(Window owner, String title, Path folder);

    /** A database file to open (Otevřít…); empty when cancelled. */
    Optional<Path> chooseExisting(Window owner, String title, Path folder);

    /** Where a copy of the open file goes (Uložit kopii jako…); empty when cancelled. */
    Optional<Path> chooseCopy(Window owner, String title, Path folder, String suggestedName);

    /** Shows the file in the desktop's file manager (its folder where the manager cannot select it). */
    void showInFolder(Path file) throws Exception;

    static FileDialogs system() {
        return new FxFileDialogs();
    }
}
