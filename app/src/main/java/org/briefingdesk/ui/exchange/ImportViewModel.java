package org.briefingdesk.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.exchange.ExchangeMonitor;
import org.briefingdesk.logic.exchange.ImportFormat;
import org.briefingdesk.logic.exchange.ImportRecordsCommand;
import org.briefingdesk.logic.exchange.MergeDecisions;
import org.briefingdesk.logic.exchange.MergePlan;
import org.briefingdesk.logic.exchange.RecordImport;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.FieldLabels;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.edit.UndoManager;

/**
 * Soubor › Importovat…: the merge preview read in the background (progress, cancel), the user's decisions on each
 * conflict (field by field, or both kept) and each probable duplicate, then the import as one undoable step.
 */
public final class ImportViewModel {
    /** Which version of a field to keep. */
    public enum Side { OURS, THEIRS }

    /** What to do with a probable duplicate. */
    public enum DuplicateAnswer { MERGE_OURS, MERGE_THEIRS, APART }

    /** One differing field of a conflict: both values as text, and the side chosen (ours unless changed). */
    public record FieldChoice(String field, String label, String ours, String theirs, ObjectProperty<Side> side) {
    }

    /** One conflict: its record's name, its fields, and whether both versions are kept. */
    public record ConflictChoice(MergePlan.Conflict conflict, String title, List<FieldChoice> fields,
                                 BooleanProperty keepBoth) {
    }

    /** One probable duplicate: what comes in, what is here, and the answer (merged, keeping ours, by default). */
    public record DuplicateChoice(MergePlan.Duplicate duplicate, String theirs, String ours,
                                  ObjectProperty<DuplicateAnswer> answer) {
    }

    private final RecordStore store;
    private final Localization l10n;
    private final BackgroundTasks tasks;
    private final UndoManager undo;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<MergePlan> plan = new SimpleObjectProperty<>();
    private final List<ConflictChoice> conflicts = new ArrayList<>();
    private final List<DuplicateChoice> duplicates = new ArrayList<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public ImportViewModel(RecordStore store, Localization l10n, BackgroundTasks tasks, UndoManager undo) {
        this.store = store;
        this.l10n = l10n;
        this.tasks = tasks;
        this.undo = undo;
    }

    public Localization l10n() {
        return l10n;
    }

    /** Reads the file and plans the merge in the background; nothing is written. */
    public void preview(Path file) {
        ImportFormat format = ImportFormat.of(file).orElse(ImportFormat.BUNDLE);
        cancelled.set(false);
        busy.set(true);
        progress.set(-1);
        message.set(l10n.get("ui.import.reading", file.getFileName()));
        tasks.run(() -> new RecordImport(store).preview(file, format, monitor()), read -> {
            busy.set(false);
            conflicts.clear();
            duplicates.clear();
            read.conflicts().forEach(c -> conflicts.add(choice(c)));
            read.duplicates().forEach(d -> duplicates.add(new DuplicateChoice(d, RecordLabels.label(d.theirs()),
                    RecordLabels.label(d.candidates().get(0)),
                    new SimpleObjectProperty<>(DuplicateAnswer.MERGE_OURS))));
            message.set(read.changesNothing() ? l10n.get("ui.import.nothing") : l10n.get("ui.import.ready"));
            plan.set(read);
        }, this::failed);
    }

    /** Imports as decided, as one step that Ctrl+Z undoes; {@code done} runs once it is written. */
    public void apply(Runnable done) {
        MergePlan read = plan.get();
        if (read == null || busy.get()) {
            return;
        }
        cancelled.set(false);
        busy.set(true);
        progress.set(0);
        message.set(l10n.get("ui.import.writing"));
        undo.execute(new ImportRecordsCommand(store, read, decisions(), monitor()), () -> {
            busy.set(false);
            message.set(l10n.get("ui.import.done"));
            done.run();
        }, this::failed);
    }

    /** Stops a preview or an import between batches: nothing is written. */
    public void cancel() {
        cancelled.set(true);
    }

    MergeDecisions decisions() {
        MergeDecisions decisions = new MergeDecisions(MergeDecisions.Policy.OURS);
        for (ConflictChoice choice : conflicts) {
            if (choice.keepBoth().get()) {
                decisions.resolve(choice.conflict().ours().id(), MergeDecisions.Resolution.both());
            } else {
                Set<String> theirs = new HashSet<>();
                choice.fields().stream().filter(f -> f.side().get() == Side.THEIRS).forEach(f -> theirs.add(f.field()));
                decisions.resolve(choice.conflict().ours().id(), MergeDecisions.Resolution.fields(theirs));
            }
        }
        for (DuplicateChoice choice : duplicates) {
            var localId = choice.duplicate().candidates().get(0).id();
            decisions.merge(choice.duplicate().theirs().id(), switch (choice.answer().get()) {
                case MERGE_OURS -> new MergeDecisions.Merge(localId, false);
                case MERGE_THEIRS -> new MergeDecisions.Merge(localId, true);
                case APART -> MergeDecisions.Merge.apart();
            });
        }
        return decisions;
    }

    private ConflictChoice choice(MergePlan.Conflict conflict) {
        List<FieldChoice> fields = new ArrayList<>();
        for (String field : conflict.fields()) {
            fields.add(new FieldChoice(field, FieldLabels.label(l10n, conflict.ours().recordKind(), field),
                    text(conflict.ours(), field), text(conflict.theirs(), field),
                    new SimpleObjectProperty<>(Side.OURS)));
        }
        return new ConflictChoice(conflict, l10n.of(conflict.ours().recordKind()) + " " + RecordLabels.label(
                conflict.ours()), fields, new SimpleBooleanProperty(false));
    }

    /** A field's value as the review shows it side by side. */
    private static String text(StoredRecord record, String field) {
        try {
            Object value = record.getClass().getMethod(field).invoke(record);
            if (value == null) {
                return "—";
            }
            return value instanceof Collection<?> c ? String.join("; ", c.stream().map(String::valueOf).toList())
                    : String.valueOf(value);
        } catch (ReflectiveOperationException e) {
            return "?";
        }
    }

    private ExchangeMonitor monitor() {
        return new ExchangeMonitor() {
            @Override
            public void progress(long done, long total) {
                double fraction = total <= 0 ? -1 : Math.min(1, (double) done / total);
                Platform.runLater(() -> progress.set(fraction));
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    private void failed(Throwable failure) {
        busy.set(false);
        progress.set(0);
        message.set(failure instanceof UserFacingException e ? e.localizedMessage(l10n)
                : l10n.get("ui.error.unexpected"));
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<MergePlan> planProperty() {
        return plan;
    }

    public List<ConflictChoice> conflicts() {
        return conflicts;
    }

    public List<DuplicateChoice> duplicates() {
        return duplicates;
    }

    /** Reports the plan's counts to a listener (the summary grid). */
    void onPlan(Consumer<MergePlan> listener) {
        plan.addListener((obs, old, now) -> {
            if (now != null) {
                listener.accept(now);
            }
        });
    }
}
