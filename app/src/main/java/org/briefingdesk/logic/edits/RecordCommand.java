package org.briefingdesk.logic.edits;

import org.briefingdesk.logic.i18n.Localization;

/**
 * One undoable change to the records (a create, an edit, a deletion), as a command object kept by the
 * window's undo history. Every method touches the database: call them off the FX thread.
 */
public interface RecordCommand {
    void execute();

    void undo();

    default void redo() {
        execute();
    }

    /** "úprava osoby Yvette Cooper", for the menu's "Zpět: …". */
    String description(Localization l10n);
}
