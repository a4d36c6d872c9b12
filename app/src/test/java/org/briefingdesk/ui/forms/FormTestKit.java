package org.briefingdesk.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefingdesk.logic.edits.SaveRecordCommand;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.ChoiceCatalog;
import org.briefingdesk.logic.records.RecordService;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.ui.common.DialogService;
import org.briefingdesk.ui.common.SameThreadTasks;
import org.briefingdesk.ui.edit.UndoManager;

/** Forms over a real store, with saves on the calling thread and dialogs that answer as told. */
public final class FormTestKit {
    public final RecordStore store;
    public final Localization l10n;
    public final UndoManager undo;
    public final List<String> dialogs = new ArrayList<>();
    public boolean answer = true;
    /** When set, every save fails with it (as the store would on a full disk). */
    public RuntimeException saveFailure;

    public FormTestKit(RecordStore store) {
        this(store, "cs");
    }

    /** Forms in another language of the application ("en"). */
    public FormTestKit(RecordStore store, String language) {
        this.store = store;
        this.l10n = Localization.forLanguage(language);
        this.undo = new UndoManager(new SameThreadTasks(), l10n);
    }

    /** Dialogs that record what they showed in {@link #dialogs} and agree or refuse as {@link #answer} says. */
    public DialogService dialogService() {
        return new DialogService() {
            @Override
            public boolean confirm(String title, String header, String message) {
                dialogs.add(header);
                return answer;
            }

            @Override
            public int choose(String title, String header, String message, List<String> answers) {
                dialogs.add(header);
                return answer ? 0 : answers.size() - 1;
            }

            @Override
            public void showError(String title, String message) {
                dialogs.add(message);
            }

            @Override
            public void showInformation(String title, String header, String message) {
                dialogs.add(message);
            }

            @Override
            public Optional<String> askText(String title, String header, String initialValue) {
                dialogs.add(header);
                return answer ? Optional.of(initialValue) : Optional.empty();
            }
        };
    }

    public FormContext context() {
        DialogService answering = dialogService();
        RecordService records = new RecordService(store, l10n);
        return new FormContext(l10n, answering, ChoiceCatalog.read(store, l10n.locale()), store.people().findAll(),
                store.organisations().findAll(), (before, after, onSaved, onFailure) -> {
                    if (saveFailure != null) {
                        onFailure.accept(saveFailure);
                        return;
                    }
                    SaveRecordCommand command = new SaveRecordCommand(records, before, after);
                    undo.execute(command, () -> onSaved.accept(command.saved()), onFailure);
                });
    }
}
