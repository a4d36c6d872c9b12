package org.briefingdesk.ui.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import org.briefingdesk.logic.edits.RecordCommand;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.ui.common.BackgroundTask;
import org.briefingdesk.ui.common.BackgroundTasks;

/**
 * The session's undo history (Scene Builder's shape): commands are executed, undone and redone in the
 * background, one at a time; the menu binds canUndo/canRedo and the names of the next undo and redo.
 * What is asked for while a command runs waits its turn (ten quick Ctrl+Z, Ctrl+Y pairs end where they
 * started); canUndo/canRedo count the waiting steps in. A failed step drops the steps waiting after it.
 */
public final class UndoManager {
    private final BackgroundTasks tasks;
    private Localization l10n;
    private final Deque<RecordCommand> undoable = new ArrayDeque<>();
    private final Deque<RecordCommand> redoable = new ArrayDeque<>();
    /** Steps asked for while another one runs, in order. */
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    /** How many commands could be undone (redone) once the running and waiting steps are done. */
    private int undoAfterWaiting;
    private int redoAfterWaiting;
    private final SimpleBooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty canRedo = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private final SimpleStringProperty undoText = new SimpleStringProperty("");
    private final SimpleStringProperty redoText = new SimpleStringProperty("");
    private Runnable onChange = () -> { };

    public UndoManager(BackgroundTasks tasks, Localization l10n) {
        this.tasks = tasks;
        this.l10n = l10n;
        update();
    }

    /** The same history, named in another language. */
    public UndoManager withLanguage(Localization language) {
        this.l10n = language;
        update();
        return this;
    }

    /** Called on the FX thread after every executed, undone or redone command (the records changed). */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Executes the command in the background; when it succeeds it can be undone and the redo list is cleared. */
    public void execute(RecordCommand command, Runnable onSuccess, Consumer<Throwable> onFailure) {
        undoAfterWaiting++;
        redoAfterWaiting = 0;
        enqueue(() -> run(command::execute, () -> {
            undoable.push(command);
            redoable.clear();
            onSuccess.run();
        }, onFailure));
    }

    public void undo(Consumer<Throwable> onFailure) {
        if (undoAfterWaiting == 0) {
            return;
        }
        undoAfterWaiting--;
        redoAfterWaiting++;
        enqueue(() -> run(undoable.peek()::undo, () -> redoable.push(undoable.pop()), onFailure));
    }

    public void redo(Consumer<Throwable> onFailure) {
        if (redoAfterWaiting == 0) {
            return;
        }
        redoAfterWaiting--;
        undoAfterWaiting++;
        enqueue(() -> run(redoable.peek()::redo, () -> undoable.push(redoable.pop()), onFailure));
    }

    private void enqueue(Runnable step) {
        waiting.add(step);
        if (!busy.get()) {
            waiting.poll().run();
        }
        update();
    }

    private void run(Runnable work, Runnable then, Consumer<Throwable> onFailure) {
        BackgroundTask.ofAction(work::run).showingBusy(busy).onRunning(this::update).onSuccess(done -> {
            then.run();
            update();
            if (waiting.isEmpty()) {
                onChange.run(); // once after a burst, not a reload per step
            } else {
                waiting.poll().run();
            }
        }).onFailure(failure -> {
            waiting.clear(); // they counted on this step
            undoAfterWaiting = undoable.size();
            redoAfterWaiting = redoable.size();
            update();
            onChange.run();
            onFailure.accept(failure);
        }).runWith(tasks);
    }

    private void update() {
        canUndo.set(undoAfterWaiting > 0);
        canRedo.set(redoAfterWaiting > 0);
        undoText.set(undoable.isEmpty() ? l10n.get("ui.menu.undo")
                : l10n.get("ui.menu.undoNamed", undoable.peek().description(l10n)));
        redoText.set(redoable.isEmpty() ? l10n.get("ui.menu.redo")
                : l10n.get("ui.menu.redoNamed", redoable.peek().description(l10n)));
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** "Zpět: úprava osoby Yvette Cooper", or just "Zpět". */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText;
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText;
    }
}
