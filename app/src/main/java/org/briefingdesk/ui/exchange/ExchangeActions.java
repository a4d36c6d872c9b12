package org.briefingdesk.ui.exchange;

import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.briefingdesk.logic.exchange.TableData;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.edit.UndoManager;

/** Soubor › Importovat… and Exportovat…: the file dialogs, then the review or export dialog over the open store. */
public final class ExchangeActions {
    private final Supplier<RecordStore> store;
    private final Localization l10n;
    private final BackgroundTasks tasks;
    private final UndoManager undo;
    private final Supplier<Window> owner;
    private final Supplier<ExchangeFiles> files;

    public ExchangeActions(Supplier<RecordStore> store, Localization l10n, BackgroundTasks tasks, UndoManager undo,
                           Supplier<Window> owner, Supplier<ExchangeFiles> files) {
        this.store = store;
        this.l10n = l10n;
        this.tasks = tasks;
        this.undo = undo;
        this.owner = owner;
        this.files = files;
    }

    /** Asks for a bundle or Popolo file, then shows its merge preview for review. */
    public void importRecords() {
        RecordStore open = store.get();
        if (open == null) {
            return;
        }
        files.get().open(l10n.get("ui.import.choose")).ifPresent(this::importFile);
    }

    /** Shows the merge preview of this bundle or Popolo file for review (one the desktop handed over, too). */
    public void importFile(Path file) {
        RecordStore open = store.get();
        if (open == null) {
            return;
        }
        ImportViewModel viewModel = new ImportViewModel(open, l10n, tasks, undo);
        new ImportDialog(viewModel, owner.get()).show();
        viewModel.preview(file);
    }

    /** Shows the export dialog; {@code query} and {@code selected} offer the search shown and the record chosen. */
    public void exportRecords(String query, UUID selected,
                              Supplier<TableData> shownTable) {
        RecordStore open = store.get();
        if (open == null) {
            return;
        }
        ExportViewModel viewModel = new ExportViewModel(open, l10n, tasks, query, selected, shownTable);
        new ExportDialog(viewModel, owner.get(), files.get()).show();
    }
}
