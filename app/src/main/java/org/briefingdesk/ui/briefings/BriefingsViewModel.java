package org.briefingdesk.ui.briefings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briefingdesk.logic.briefing.BriefingAssembler;
import org.briefingdesk.logic.briefing.BriefingMonitor;
import org.briefingdesk.logic.briefing.BriefingPack;
import org.briefingdesk.logic.briefing.BriefingTarget;
import org.briefingdesk.logic.briefing.PackSize;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.Choice;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.output.BriefingExporter;
import org.briefingdesk.output.BriefingFormat;
import org.briefingdesk.ui.common.BackgroundTask;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.Debouncer;
import org.briefingdesk.ui.common.FailureSentence;
import org.briefingdesk.ui.common.FxDebouncer;
import org.briefingdesk.ui.common.LatestOnly;
import org.briefingdesk.ui.forms.LinkField;

/**
 * The Podklady section: a target (kind and name, completed from the records), options, a format; a
 * preview assembled in the background whenever they change; a pack written in the background with
 * progress and cancel, then opened. Nothing here touches the store or a file on the calling thread.
 */
public final class BriefingsViewModel {
    /** How the section is wired: the store, the window's language and threads, the desktop, today and the user. */
    public record Context(RecordStore store, Localization l10n, BackgroundTasks tasks, Debouncer debouncer,
                          Executor fxThread, BriefingDesktop desktop, LocalDate today, String author) {
        /**
         * In the window: a 250 ms pause before the preview follows typing, progress on the FX thread, today, and
         * the author as Nastavení names them.
         */
        public static Context forWindow(RecordStore store, Localization l10n, BackgroundTasks tasks,
                                        BriefingDesktop desktop, String author) {
            return new Context(store, l10n, tasks, new FxDebouncer(Duration.ofMillis(250)), Platform::runLater, desktop,
                    LocalDate.now(), author);
        }
    }

    private final Context context;
    private final Localization l10n;
    private final BriefingOptionsForm form;
    private final ObjectProperty<BriefingTarget.Kind> kind = new SimpleObjectProperty<>(BriefingTarget.Kind.PERSON);
    private final StringProperty targetText = new SimpleStringProperty("");
    private final ObjectProperty<Choice> target = new SimpleObjectProperty<>();
    private final ObjectProperty<BriefingFormat> format = new SimpleObjectProperty<>(BriefingFormat.PDF);
    private final SimpleStringProperty problem = new SimpleStringProperty("");
    private final SimpleObjectProperty<BriefingPack> preview = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty previewBusy = new SimpleBooleanProperty(false);
    private final SimpleIntegerProperty pages = new SimpleIntegerProperty(0);
    private final SimpleBooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final SimpleStringProperty step = new SimpleStringProperty("");
    private final SimpleStringProperty error = new SimpleStringProperty("");
    private final SimpleObjectProperty<BriefingExporter.Result> written = new SimpleObjectProperty<>();
    private final ObservableList<Choice> topicChoices = FXCollections.observableArrayList();
    private TargetChoices choices = TargetChoices.NONE;
    private LinkField field = new LinkField(List.of(), null);
    private Path folder;
    private final LatestOnly previews = new LatestOnly();
    private AtomicBoolean cancelled = new AtomicBoolean();
    private UUID pendingId;

    public BriefingsViewModel(Context context) {
        this.context = context;
        this.l10n = context.l10n();
        this.form = new BriefingOptionsForm(l10n);
        kind.addListener((obs, old, k) -> useKind());
        targetText.addListener((obs, old, text) -> {
            field.textProperty().set(text);
            validate();
        });
        for (Observable dependency : form.dependencies()) {
            dependency.addListener(o -> changed());
        }
        target.addListener(o -> changed());
        validate();
    }

    /** Reads the records the target field offers (in the background). */
    public void load() {
        context.tasks().run(() -> new Loaded(TargetChoices.read(context.store(), l10n.locale(), context.today()),
                BriefingFiles.documentsFolder()), loaded -> {
                    choices = loaded.choices();
                    folder = loaded.folder();
                    topicChoices.setAll(choices.of(BriefingTarget.Kind.TOPIC));
                    useKind();
                    context.tasks().run(() -> BriefingExporter.warmUp(l10n.locale()), () -> { }, ignored -> { });
                }, failure -> error.set(message(failure)));
    }

    private record Loaded(TargetChoices choices, Path folder) {
    }

    /** An assembled pack and about how many pages it fills. */
    private record Preview(BriefingPack pack, int pages) {
    }

    /** Fills in a record as the target ("Připravit podklad" in a detail view). */
    public void prepareFor(RecordKind recordKind, UUID id) {
        targetKind(recordKind).ifPresent(k -> {
            pendingId = id;
            if (k == kind.get()) {
                useKind();
            } else {
                kind.set(k);
            }
        });
    }

    /** The target kind a record of this kind is briefed as; empty for reports, statements and commitments. */
    public static Optional<BriefingTarget.Kind> targetKind(RecordKind recordKind) {
        return switch (recordKind) {
            case PERSON -> Optional.of(BriefingTarget.Kind.PERSON);
            case ORGANISATION -> Optional.of(BriefingTarget.Kind.ORGANISATION);
            case TOPIC -> Optional.of(BriefingTarget.Kind.TOPIC);
            case EVENT -> Optional.of(BriefingTarget.Kind.EVENT);
            case REPORT, STATEMENT, COMMITMENT -> Optional.empty();
        };
    }

    private void useKind() {
        field = new LinkField(choices.of(kind.get()), null);
        field.selectedProperty().addListener((obs, old, choice) -> target.set(choice));
        String text = targetText.get();
        if (pendingId != null && !choices.byKind().isEmpty()) {
            String key = pendingId.toString();
            pendingId = null;
            text = choices.of(kind.get()).stream().filter(c -> c.key().equals(key)).map(Choice::label).findFirst()
                    .orElse(text);
        }
        targetText.set(text);
        field.textProperty().set(text);
        target.set(field.selectedProperty().get());
    }

    /** The target field's suggestions for what was typed. */
    public List<Choice> suggest(String typed) {
        return field.suggest(typed);
    }

    /** On leaving the field: a text that names exactly one record becomes that record. */
    public void completeTarget() {
        field.completeUnique();
        targetText.set(field.textProperty().get());
    }

    /** The topics the options offer (filled once the records are read). */
    public ObservableList<Choice> topicChoices() {
        return topicChoices;
    }

    private void changed() {
        validate();
        context.debouncer().schedule(this::refreshPreview);
    }

    private void validate() {
        Choice chosen = target.get();
        String typed = targetText.get() == null ? "" : targetText.get().strip();
        if (chosen == null && !typed.isEmpty() && !field.suggest(typed).isEmpty()) {
            // Still choosing among the suggestions: a hint, not yet an error.
            problem.set(l10n.get("ui.briefings.hint.choose", typed));
        } else if (chosen == null) {
            problem.set(typed.isEmpty() ? l10n.get("ui.briefings.hint.target")
                    : l10n.get("ui.briefings.error.target", typed, l10n.get(kind.get().labelKey())));
        } else {
            problem.set(form.problem().orElse(""));
        }
    }

    private boolean valid() {
        return target.get() != null && form.problem().isEmpty();
    }

    /** Assembles the pack for the preview in the background; a later request wins over an earlier slower one. */
    public void refreshPreview() {
        if (!valid()) {
            previews.supersede();
            preview.set(null);
            pages.set(0);
            previewBusy.set(false);
            return;
        }
        BriefingTarget briefingTarget = briefingTarget();
        var options = form.options(context.today(), context.author());
        BackgroundTask.of(() -> {
                    BriefingPack pack = new BriefingAssembler(context.store()).assemble(briefingTarget, options,
                            BriefingMonitor.NONE);
                    return new Preview(pack, PackSize.pages(pack));
                })
                .showingBusy(previewBusy).latestOf(previews)
                .onSuccess(assembled -> {
                    pages.set(assembled.pages());
                    preview.set(assembled.pack());
                })
                .onFailure(failure -> {
                    pages.set(0);
                    preview.set(null);
                    problem.set(message(failure));
                })
                .runWith(context.tasks());
    }

    /** Asks where to save (the chooser) and writes the pack there in the background. */
    public void generate() {
        if (!valid() || running.get()) {
            return;
        }
        String name = BriefingFiles.fileName(l10n, TargetChoices.plainName(target.get()), context.today(),
                format.get());
        Path start = (folder == null ? Path.of(System.getProperty("user.home", ".")) : folder).resolve(name);
        context.desktop().chooser().choose(start, format.get()).ifPresent(this::writeTo);
    }

    /** Writes the pack to this file in the background (the chooser's answer). */
    public void writeTo(Path file) {
        BriefingTarget briefingTarget = briefingTarget();
        var options = form.options(context.today(), context.author());
        BriefingFormat chosenFormat = format.get();
        folder = file.toAbsolutePath().getParent();
        AtomicBoolean flag = new AtomicBoolean();
        cancelled = flag;
        written.set(null);
        error.set("");
        progress.set(0);
        step.set(l10n.get("briefing.step.collect"));
        BackgroundTask.of(() -> new BriefingExporter(context.store()).export(briefingTarget, options, chosenFormat,
                        file, monitor(flag)))
                .showingBusy(running)
                .onSuccess(written::set)
                .onFailure(failure -> error.set(message(failure)))
                .runWith(context.tasks());
    }

    private BriefingMonitor monitor(AtomicBoolean flag) {
        return new BriefingMonitor() {
            @Override
            public void progress(double fraction, String text) {
                context.fxThread().execute(() -> {
                    progress.set(fraction);
                    step.set(text);
                });
            }

            @Override
            public boolean isCancelled() {
                return flag.get();
            }
        };
    }

    /** Stops the pack being written; no file is left. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Opens the written pack in its application (in the background). */
    public void openFile() {
        Optional.ofNullable(written.get()).ifPresent(result -> context.tasks().run(
                () -> context.desktop().opener().open(result.file()), () -> { },
                failure -> error.set(l10n.get("ui.briefings.error.open"))));
    }

    public void openFolder() {
        Optional.ofNullable(written.get()).ifPresent(result -> context.tasks().run(
                () -> context.desktop().opener().openFolder(result.file().toAbsolutePath().getParent()), () -> { },
                failure -> error.set(l10n.get("ui.briefings.error.open"))));
    }

    private BriefingTarget briefingTarget() {
        Choice chosen = target.get();
        return kind.get() == BriefingTarget.Kind.COUNTRY ? BriefingTarget.country(chosen.key())
                : new BriefingTarget(kind.get(), chosen.id(), null);
    }

    private String message(Throwable failure) {
        return FailureSentence.of(failure, l10n, "ui.briefings.error.failed");
    }

    /** The save dialog, file opening and printing this section works with. */
    public BriefingDesktop desktop() {
        return context.desktop();
    }

    // --- properties ---

    public ObjectProperty<BriefingTarget.Kind> kindProperty() {
        return kind;
    }

    public StringProperty targetTextProperty() {
        return targetText;
    }

    public ReadOnlyObjectProperty<Choice> targetProperty() {
        return target;
    }

    public ObjectProperty<BriefingFormat> formatProperty() {
        return format;
    }

    BriefingOptionsForm options() {
        return form;
    }

    /** What keeps the pack from being prepared, in one sentence; empty when it can be. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public BooleanBinding canGenerateProperty() {
        return Bindings.createBooleanBinding(() -> problem.get().isEmpty() && !running.get(), problem, running);
    }

    public ReadOnlyObjectProperty<BriefingPack> previewProperty() {
        return preview;
    }

    public ReadOnlyBooleanProperty previewBusyProperty() {
        return previewBusy;
    }

    /** About how many pages the previewed pack fills ({@link PackSize}); 0 without a preview. */
    public ReadOnlyIntegerProperty pagesProperty() {
        return pages;
    }

    /**
     * What to tell before a pack of more than {@link PackSize#LARGE} pages is written: how many pages
     * it will have and how to narrow it; empty for a pack of ordinary length.
     */
    public StringBinding largeWarningProperty() {
        return Bindings.createStringBinding(() -> pages.get() > PackSize.LARGE
                ? l10n.get("ui.briefings.large", l10n.number(pages.get())) : "", pages);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty stepProperty() {
        return step;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** The pack last written, with its file and size; null before one is. */
    public ReadOnlyObjectProperty<BriefingExporter.Result> writtenProperty() {
        return written;
    }
}
