package org.briefingdesk.ui.edit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.StackPane;
import org.briefingdesk.logic.edits.DeleteRecordCommand;
import org.briefingdesk.logic.edits.SaveRecordCommand;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.ChoiceCatalog;
import org.briefingdesk.logic.records.IncomingLink;
import org.briefingdesk.logic.records.IncomingLinks;
import org.briefingdesk.logic.records.KindWords;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.records.RecordService;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.ui.common.BackgroundTask;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.DialogService;
import org.briefingdesk.ui.common.FailureSentence;
import org.briefingdesk.ui.common.Navigator;
import org.briefingdesk.ui.forms.FormContext;
import org.briefingdesk.ui.forms.FormFactory;
import org.briefingdesk.ui.forms.RecordFormView;
import org.briefingdesk.ui.forms.RecordFormViewModel;

/**
 * The Record menu's actions, each one step of the {@link UndoManager}'s history: new and edit open a form
 * over the section (its choices read in the background first), save, delete with a confirmation naming
 * the links, undo and redo.
 */
public final class RecordEditing {
    /** The open store and the service that saves into it with the rules checked; null before one is open. */
    public interface Records {
        RecordStore store();

        RecordService records();
    }

    private final Supplier<Records> records;
    private final Localization l10n;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final UndoManager undo;
    private final StackPane content;
    private final Navigator navigator;
    private final SimpleBooleanProperty formOpen = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private RecordFormView form;

    /**
     * @param records   the records of the open file (null while none is open)
     * @param content   where a form is shown, over the section
     * @param navigator shows a saved record in its section
     */
    public RecordEditing(Supplier<Records> records, Localization l10n, BackgroundTasks tasks, DialogService dialogs,
                         UndoManager undo, StackPane content, Navigator navigator) {
        this.records = records;
        this.l10n = l10n;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.undo = undo;
        this.content = content;
        this.navigator = navigator;
    }

    public ReadOnlyBooleanProperty formOpenProperty() {
        return formOpen;
    }

    /** The form on screen, if one is. */
    public Optional<RecordFormView> form() {
        return Optional.ofNullable(form);
    }

    /** Closes this form without a question, unless another one has taken its place meanwhile. */
    public void discard(RecordFormView page) {
        if (form == page) {
            closeForm();
        }
    }

    /** Puts the open form back on top of the content (after search results covered it). */
    public void showForm() {
        if (form != null && !content.getChildren().contains(form.root())) {
            content.getChildren().add(form.root());
            form.focusFirstField();
        }
    }

    /** Opens the form for a new record (id null) or for the record with this id. */
    public void openForm(RecordKind kind, UUID id) {
        Records current = records.get();
        if (current == null || form != null || busy.get() || current.store().readOnly()) {
            return;
        }
        RecordStore store = current.store();
        BackgroundTask.of(() -> new FormData(id == null ? null : store.findRecord(id).orElse(null),
                        ChoiceCatalog.read(store, l10n.locale()), store.people().findAll(),
                        store.organisations().findAll()))
                .showingBusy(busy)
                .onSuccess(data -> {
                    if (id != null && data.original() == null) {
                        dialogs.showError(l10n.get("ui.dialog.error.title"), l10n.get("ui.detail.missing"));
                        return;
                    }
                    show(kind, data);
                })
                .onFailure(this::failed)
                .runWith(tasks);
    }

    private void show(RecordKind kind, FormData data) {
        FormContext context = new FormContext(l10n, dialogs, data.choices(), data.people(), data.organisations(),
                this::save);
        RecordFormViewModel<?> viewModel = FormFactory.viewModel(kind, data.original(), context);
        form = new RecordFormView(viewModel, FormFactory.view(viewModel, context), l10n, this::closeForm, navigator);
        content.getChildren().add(form.root());
        formOpen.set(true);
        viewModel.savedProperty().addListener((obs, old, saved) -> {
            if (saved != null) {
                navigator.open(saved.recordKind(), saved.id());
            }
        });
        form.focusFirstField();
    }

    private void save(StoredRecord before, StoredRecord after, Consumer<StoredRecord> onSaved,
                      Consumer<Throwable> onFailure) {
        SaveRecordCommand command = new SaveRecordCommand(records.get().records(), before, after);
        undo.execute(command, () -> onSaved.accept(command.saved()), onFailure);
    }

    private void closeForm() {
        if (form != null) {
            content.getChildren().remove(form.root());
            form = null;
            formOpen.set(false);
        }
    }

    public void saveForm() {
        if (form != null) {
            form.save();
        }
    }

    /** Esc / Cancel: true when no form is open any more. */
    public boolean cancelForm() {
        return form == null || form.cancel();
    }

    /** Asks, naming what links to the record and what happens to those links, then deletes (undoably). */
    public void delete(UUID id) {
        Records current = records.get();
        if (current == null || id == null || form != null || current.store().readOnly()) {
            return;
        }
        RecordStore store = current.store();
        BackgroundTask.of(() -> {
            StoredRecord record = store.findRecord(id).orElse(null);
            return record == null ? null : new Deletion(record, IncomingLinks.to(id, store));
        }).onSuccess(deletion -> {
            if (deletion != null) {
                confirmDeletion(current, deletion);
            }
        }).onFailure(this::failed).runWith(tasks);
    }

    private void confirmDeletion(Records current, Deletion deletion) {
        String what = l10n.get("ui.delete.header", KindWords.accusative(l10n, deletion.record().recordKind()),
                RecordLabels.label(deletion.record()));
        if (DeleteMessage.blocked(deletion.links())) {
            dialogs.showError(l10n.get("ui.delete.title"), l10n.get("rule.delete.speaker") + "\n\n"
                    + DeleteMessage.describeBlocking(deletion.links(), l10n));
            return;
        }
        String links = DeleteMessage.describe(deletion.links(), l10n);
        if (dialogs.confirm(l10n.get("ui.delete.title"), what, links + "\n\n" + l10n.get("ui.delete.undoHint"))) {
            undo.execute(new DeleteRecordCommand(current.records(), current.store(), deletion.record()), () -> { },
                    this::failed);
        }
    }

    public void undo() {
        if (form == null) {
            undo.undo(this::failed);
        }
    }

    public void redo() {
        if (form == null) {
            undo.redo(this::failed);
        }
    }

    private void failed(Throwable failure) {
        dialogs.showError(l10n.get("ui.dialog.error.title"), FailureSentence.of(failure, l10n));
    }

    private record FormData(StoredRecord original, ChoiceCatalog choices, List<Person> people,
                            List<Organisation> organisations) {
    }

    private record Deletion(StoredRecord record, List<IncomingLink> links) {
    }
}
