package org.briefingdesk.ui.drafting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briefingdesk.logic.drafting.Draft;
import org.briefingdesk.logic.drafting.DraftLabels;
import org.briefingdesk.logic.drafting.DraftReview;
import org.briefingdesk.logic.drafting.DraftSet;
import org.briefingdesk.logic.drafting.Drafter;
import org.briefingdesk.logic.drafting.ReleaseFiles;
import org.briefingdesk.logic.drafting.ReleaseText;
import org.briefingdesk.logic.drafting.SaveDraftsCommand;
import org.briefingdesk.logic.drafting.Span;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.Choice;
import org.briefingdesk.logic.records.ChoiceCatalog;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.records.RecordService;
import org.briefingdesk.logic.store.RecordStore;
import org.briefingdesk.model.Event;
import org.briefingdesk.model.Organisation;
import org.briefingdesk.model.Person;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Report;
import org.briefingdesk.model.StoredRecord;
import org.briefingdesk.ui.common.BackgroundTask;
import org.briefingdesk.ui.common.BackgroundTasks;
import org.briefingdesk.ui.common.DialogService;
import org.briefingdesk.ui.common.FailureSentence;
import org.briefingdesk.ui.common.Navigator;
import org.briefingdesk.ui.edit.UndoManager;

/**
 * The review of a press release's drafts (Záznam › Ze zprávy…): the text pasted or the file dropped is
 * drafted in the background against the records; each draft, grouped by kind, is accepted, edited in its
 * usual form or rejected; Save writes the accepted ones in one transaction, one step of the undo history.
 * No nodes here.
 */
public final class DraftingViewModel {
    /** A line of the review: a draft, what it is, new or matching, and the user's decision. */
    public record Row(Draft draft, String kind, String label, String status, DraftReview.Decision decision,
                      String blocked) {
    }

    /** What editing a draft in its form needs: the choices of the records and the drafts, people, organisations. */
    public record FormData(ChoiceCatalog choices, List<Person> people, List<Organisation> organisations) {
    }

    private final RecordStore store;
    private final RecordService records;
    private final Localization l10n;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final UndoManager undo;
    private final StringProperty input = new SimpleStringProperty("");
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private final SimpleStringProperty error = new SimpleStringProperty("");
    private final SimpleStringProperty summary = new SimpleStringProperty("");
    private final SimpleObjectProperty<DraftReview> review = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final SimpleBooleanProperty saved = new SimpleBooleanProperty(false);
    private ChoiceCatalog storeChoices = ChoiceCatalog.EMPTY;
    private List<Person> people = List.of();
    private List<Organisation> organisations = List.of();
    private DraftLabels labels;

    public DraftingViewModel(RecordStore store, RecordService records, Localization l10n, BackgroundTasks tasks,
                             DialogService dialogs, UndoManager undo) {
        this.store = store;
        this.records = records;
        this.l10n = l10n;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.undo = undo;
    }

    public StringProperty inputProperty() {
        return input;
    }

    /** Drafts the pasted text. */
    public void draftInput() {
        String text = input.get();
        draft(() -> ReleaseText.of(text, ""));
    }

    /** Drafts a file (chosen or dropped on the window). */
    public void draftFile(Path file) {
        draft(() -> ReleaseFiles.read(file));
    }

    private interface Reading {
        ReleaseText read();
    }

    private void draft(Reading reading) {
        if (busy.get()) {
            return;
        }
        BackgroundTask.of(() -> {
            ReleaseText release = reading.read();
            List<Person> existing = store.people().findAll();
            List<Organisation> orgs = store.organisations().findAll();
            DraftSet drafts = new Drafter().draft(release, new Drafter.Context(existing, store.topics().findAll(),
                    orgs), LocalDate.now());
            return new Drafted(drafts, ChoiceCatalog.read(store, l10n.locale()), existing, orgs);
        }).showingBusy(busy).onRunning(() -> error.set("")).onSuccess(drafted -> {
            storeChoices = drafted.choices();
            people = drafted.people();
            organisations = drafted.organisations();
            labels = new DraftLabels(l10n, drafted.drafts());
            review.set(new DraftReview(drafted.drafts()));
            refresh();
            if (!rows.isEmpty()) {
                selected.set(rows.get(0));
            }
        }).onFailure(failure -> error.set(FailureSentence.of(failure, l10n))).runWith(tasks);
    }

    private record Drafted(DraftSet drafts, ChoiceCatalog choices, List<Person> people,
                           List<Organisation> organisations) {
    }

    private void refresh() {
        DraftReview r = review.get();
        UUID selectedId = selected.get() == null ? null : selected.get().draft().id();
        List<Row> next = new ArrayList<>();
        for (RecordKind kind : List.of(RecordKind.REPORT, RecordKind.EVENT, RecordKind.PERSON, RecordKind.STATEMENT,
                RecordKind.COMMITMENT, RecordKind.TOPIC)) {
            for (Draft d : r.all()) {
                if (d.kind() == kind) {
                    String blocked = r.decision(d.id()) == DraftReview.Decision.REJECTED ? ""
                            : r.blocked(d.id()).map(l10n::get).orElse("");
                    next.add(new Row(d, l10n.of(kind), labels.label(d), labels.status(d), r.decision(d.id()),
                            blocked));
                }
            }
        }
        rows.setAll(next);
        summary.set(l10n.get("ui.drafting.summary", r.all().size(), r.count(DraftReview.Decision.ACCEPTED),
                r.count(DraftReview.Decision.REJECTED)));
        if (selectedId != null) {
            rows.stream().filter(row -> row.draft().id().equals(selectedId)).findFirst().ifPresent(selected::set);
        }
    }

    public void select(Row row) {
        selected.set(row);
    }

    public void accept() {
        decide(id -> review.get().accept(id));
    }

    public void reject() {
        decide(id -> review.get().reject(id));
    }

    private void decide(Consumer<UUID> decision) {
        if (selected.get() != null && review.get() != null) {
            decision.accept(selected.get().draft().id());
            refresh();
        }
    }

    public void acceptRemaining() {
        if (review.get() != null) {
            review.get().acceptRemaining();
            refresh();
        }
    }

    /** The edited record replaces the draft (accepted); nothing is written until Save. */
    public void applyEdit(StoredRecord edited) {
        review.get().edit(edited.id(), edited);
        refresh();
    }

    /** What a draft's form offers: the records' choices and the other drafts. */
    public FormData formData() {
        List<Draft> all = review.get() == null ? List.of() : review.get().all();
        return new FormData(new ChoiceCatalog(
                plus(storeChoices.people(), all, RecordKind.PERSON), storeChoices.organisations(),
                plus(storeChoices.events(), all, RecordKind.EVENT),
                plus(storeChoices.statements(), all, RecordKind.STATEMENT),
                plus(storeChoices.topics(), all, RecordKind.TOPIC), storeChoices.countries()), people, organisations);
    }

    private static List<Choice> plus(List<Choice> existing, List<Draft> drafts, RecordKind kind) {
        List<Choice> out = new ArrayList<>(existing);
        for (Draft d : drafts) {
            boolean known = out.stream().anyMatch(c -> c.key().equals(d.id().toString()));
            if (d.kind() == kind && !known) {
                out.add(Choice.of(d.id(), RecordLabels.label(d.record()), ""));
            }
        }
        return out;
    }

    /** Saves the accepted drafts in one transaction; {@code onSaved} gets the report (or null) when done. */
    public void save(Navigator onSaved) {
        DraftReview r = review.get();
        if (r == null || busy.get()) {
            return;
        }
        List<StoredRecord> toSave = r.toSave();
        if (toSave.isEmpty()) {
            error.set(l10n.get("ui.drafting.nothingAccepted"));
            return;
        }
        busy.set(true);
        error.set("");
        String title = r.all().stream().filter(d -> d.record() instanceof Report)
                .map(d -> ((Report) d.record()).title())
                .findFirst().orElse("");
        undo.execute(new SaveDraftsCommand(records, store, toSave, title), () -> {
            busy.set(false);
            saved.set(true);
            StoredRecord shown = toSave.stream().filter(x -> x instanceof Report).findFirst()
                    .or(() -> toSave.stream().filter(x -> x instanceof Event).findFirst()).orElse(toSave.get(0));
            onSaved.open(shown.recordKind(), shown.id());
        }, failure -> {
            busy.set(false);
            error.set(FailureSentence.of(failure, l10n));
        });
    }

    /** True when the page may close: nothing accepted is left unsaved, or the user agreed to drop it. */
    public boolean confirmClose() {
        DraftReview r = review.get();
        if (r == null || saved.get() || !r.anyAccepted()) {
            return true;
        }
        return dialogs.confirm(l10n.get("ui.drafting.close.title"), l10n.get("ui.drafting.close.header",
                r.count(DraftReview.Decision.ACCEPTED)), l10n.get("ui.drafting.close.text"));
    }

    /** The release's text, as the evidence spans count it. */
    public String releaseText() {
        return review.get() == null ? "" : review.get().drafts().release().text();
    }

    public List<Span> evidence() {
        return selected.get() == null ? List.of() : selected.get().draft().evidence();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<DraftReview> reviewProperty() {
        return review;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

}
