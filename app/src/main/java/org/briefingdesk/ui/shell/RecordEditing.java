package org.briefingdesk.ui.shell;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.StackPane;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.edits.DeleteRecordCommand;
import org.briefingdesk.logic.edits.SaveRecordCommand;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.ChoiceCatalog;
import org.briefingdesk.logic.records.IncomingLink;
import org.briefingdesk.logic.records.IncomingLinks;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.DialogService;
import org.briefingdesk.ui.edit.UndoManager;
import org.briefingdesk.ui.forms.FormContext;
import org.briefingdesk.ui.forms.FormFactory;
import org.briefingdesk.ui.forms.FormPage;
import org.briefingdesk.ui.forms.RecordFormViewModel;

/**
 * The Record menu's actions: new and edit open a form over the section (its choices read in the
 * background first), save, delete with a confirmation naming the links, undo and redo.
 */
final class RecordEditing {
    private final Supplier<WindowServices> services;
    private final Localization l10n;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final UndoManager undo;
    private final StackPane content;
    private final BiConsumer<RecordKind, UUID> open;
    private final SimpleBooleanProperty formOpen = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private FormPage form;

    RecordEditing(Supplier<WindowServices> services, Localization l10n, BackgroundTasks tasks, DialogService dialogs,
                  UndoManager undo, StackPane content, BiConsumer<RecordKind, UUID> open) {
        this.services = services;
        this.l10n = l10n;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.undo = undo;
        this.content = content;
        this.open = open;
    }

    ReadOnlyBooleanProperty formOpenProperty() {
        return formOpen;
    }

    Optional<FormPage> form() {
        return Optional.ofNullable(form);
    }

    /** The open form as the unsaved-input guard sees it. */
    Optional<UnsavedInputGuard.OpenForm> openForm() {
        FormPage page = form;
        return page == null ? Optional.empty() : Optional.of(new UnsavedInputGuard.OpenForm() {
            @Override
            public RecordFormViewModel<?> viewModel() {
                return page.viewModel();
            }

            @Override
            public void discard() {
                if (form == page) {
                    closeForm();
                }
            }
        });
    }

    /** Puts the open form back on top of the content (after search results covered it). */
    void showForm() {
        if (form != null && !content.getChildren().contains(form.root())) {
            content.getChildren().add(form.root());
            form.focusFirstField();
        }
    }

    /** Opens the form for a new record (id null) or for the record with this id. */
    void openForm(RecordKind kind, UUID id) {
        WindowServices current = services.get();
        if (current == null || form != null || busy.get() || current.store().readOnly()) {
            return;
        }
        busy.set(true);
        RecordStore store = current.store();
        tasks.run(() -> new FormData(id == null ? null : store.findRecord(id).orElse(null),
                ChoiceCatalog.read(store, l10n.locale()), store.people().findAll(), store.organisations().findAll()),
                data -> {
                    busy.set(false);
                    if (id != null && data.original() == null) {
                        dialogs.showError(l10n.get("ui.dialog.error.title"), l10n.get("ui.detail.missing"));
                        return;
                    }
                    show(kind, data);
                }, this::failed);
    }

    private void show(RecordKind kind, FormData data) {
        FormContext context = new FormContext(l10n, dialogs, data.choices(), data.people(), data.organisations(),
                this::save);
        RecordFormViewModel<?> viewModel = FormFactory.viewModel(kind, data.original(), context);
        form = new FormPage(viewModel, FormFactory.view(viewModel, context), l10n, this::closeForm, open);
        content.getChildren().add(form.root());
        formOpen.set(true);
        viewModel.savedProperty().addListener((obs, old, saved) -> {
            if (saved != null) {
                open.accept(saved.recordKind(), saved.id());
            }
        });
        form.focusFirstField();
    }

    private void save(StoredRecord before, StoredRecord after, java.util.function.Consumer<StoredRecord> onSaved,
                      java.util.function.Consumer<Throwable> onFailure) {
        SaveRecordCommand command = new SaveRecordCommand(services.get().records(), before, after);
        undo.execute(command, () -> onSaved.accept(command.saved()), onFailure);
    }

    private void closeForm() {
        if (form != null) {
            content.getChildren().remove(form.root());
            form = null;
            formOpen.set(false);
        }
    }

    void saveForm() {
        if (form != null) {
            form.save();
        }
    }

    /** Esc / Cancel: true when no form is open any more. */
    boolean cancelForm() {
        return form == null || form.cancel();
    }

    /** Asks, naming what links to the record and what happens to those links, then deletes (undoably). */
    void delete(UUID id) {
        WindowServices current = services.get();
        if (current == null || id == null || form != null || current.store().readOnly()) {
            return;
        }
        RecordStore store = current.store();
        tasks.run(() -> {
            StoredRecord record = store.findRecord(id).orElse(null);
            return record == null ? null : new Deletion(record, IncomingLinks.to(id, store));
        }, deletion -> {
            if (deletion == null) {
                return;
            }
            String what = l10n.get("ui.delete.header", l10n.of(deletion.record().recordKind()),
                    RecordLabels.label(deletion.record()));
            if (DeleteMessage.blocked(deletion.links())) {
                dialogs.showError(l10n.get("ui.delete.title"), l10n.get("rule.delete.speaker") + "\n\n"
                        + DeleteMessage.describeBlocking(deletion.links(), l10n));
                return;
            }
            String links = DeleteMessage.describe(deletion.links(), l10n);
            if (dialogs.confirm(l10n.get("ui.delete.title"), what, links + "\n\n" + l10n.get("ui.delete.undoHint"))) {
                undo.execute(new DeleteRecordCommand(current.records(), store, deletion.record()), () -> { },
                        this::failed);
            }
        }, this::failed);
    }

    void undo() {
        if (form == null) {
            undo.undo(this::failed);
        }
    }

    void redo() {
        if (form == null) {
            undo.redo(this::failed);
        }
    }

    private void failed(Throwable failure) {
        busy.set(false);
        dialogs.showError(l10n.get("ui.dialog.error.title"), failure instanceof UserFacingException
                ? ((UserFacingException) failure).localizedMessage(l10n) : l10n.get("ui.error.unexpected"));
    }

    private record FormData(StoredRecord original, ChoiceCatalog choices,
                            List<org.briefingdesk.model.Person> people,
                            List<org.briefingdesk.model.Organisation> organisations) {
    }

    private record Deletion(StoredRecord record, List<IncomingLink> links) {
    }
}
