package org.briefingdesk.ui.forms;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briefingdesk.logic.DateParser;
import org.briefingdesk.logic.UserFacingException;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.Choice;
import org.briefingdesk.logic.records.DisplayFormat;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.records.VersionComparison;
import org.briefingdesk.logic.rules.RecordValidator;
import org.briefingdesk.logic.rules.ValidationException;
import org.briefingdesk.logic.rules.Violation;
import org.briefingdesk.logic.store.VersionConflictException;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Sensitivity;
import org.briefingdesk.model.Source;
import org.briefingdesk.model.StoredRecord;

/**
 * What every record form has: its fields as properties, validation as the user types (the rules of
 * {@link RecordValidator} that need no database, plus unreadable dates and unknown links), a sentence per
 * field, and a save that runs in the background and keeps the input when it fails. No nodes here.
 *
 * <p>A field's sentence shows once the field was edited, or after an attempt to save.
 */
public abstract class RecordFormViewModel<T extends Record & StoredRecord> {
    /** Years outside these are typing errors in this record base ("1. 1. 0000"); the field refuses them. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    /** A date further from today than this is asked about before saving. */
    static final int FAR_YEARS = 50;
    protected final FormContext context;
    protected final Localization l10n;
    /** The version the form edits: the record opened, or, once the user chose to keep theirs, the newer one. */
    private T original;
    private final UUID id;
    private final Map<String, SimpleStringProperty> shownErrors = new LinkedHashMap<>();
    private Map<String, String> errors = new HashMap<>();
    private final Set<String> touched = new HashSet<>();
    private boolean showAll;
    private boolean populating = true;
    private final SimpleStringProperty formError = new SimpleStringProperty("");
    /** What keeps the form from being saved, said by the Save button while it is off. */
    private final SimpleStringProperty saveHint = new SimpleStringProperty("");
    /** The field a save that failed its checks puts the cursor in (set anew each time). */
    private final SimpleObjectProperty<String> focusRequest = new SimpleObjectProperty<>();
    /** The fields in the order the form shows them, top to bottom. */
    private final Set<String> placed = new LinkedHashSet<>();
    private final SimpleBooleanProperty valid = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty dirty = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private final SimpleObjectProperty<StoredRecord> saved = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Conflict> conflict = new SimpleObjectProperty<>();
    /** An existing record this new one would duplicate (people, organisations), or null. */
    private final SimpleObjectProperty<StoredRecord> duplicate = new SimpleObjectProperty<>();
    /** Every field by the name the validator and the view give it: a property, a link, chips or rows. */
    private final Map<String, Object> fields = new HashMap<>();
    private final Set<String> dateFields = new HashSet<>();
    private final ObjectProperty<Sensitivity> sensitivity = value("sensitivity", Sensitivity.PUBLIC);
    private final ObservableList<SourceRow> sources = rows("sources");
    private final String newHeadingKey;
    private RecordKind kind;
    private Constructor<?> recordConstructor;
    private RecordComponent[] components;
    /** Finds existing records a new one would duplicate (people, organisations); null for other kinds. */
    private Function<T, List<? extends StoredRecord>> duplicateFinder;
    private String duplicateQuestionKey;
    /** The dates the last reading of the fields found (for the question about dates far from today). */
    private final List<LocalDate> datesRead = new ArrayList<>();

    /** @param newHeadingKey the heading of a form for a new record ("Nová osoba") */
    protected RecordFormViewModel(FormContext context, T original, String newHeadingKey) {
        this.context = context;
        this.l10n = context.l10n();
        this.original = original;
        this.id = original == null ? UUID.randomUUID() : original.id();
        this.newHeadingKey = newHeadingKey;
        if (original != null) {
            sensitivity.set(original.sensitivity());
            original.sources().forEach(s -> sources.add(new SourceRow(s.title(), s.url())));
        }
    }

    public final RecordKind kind() {
        return kind;
    }

    /** The record the fields describe; problems reading them (dates, numbers, links) go to {@code problems}. */
    protected T build(List<Violation> problems) {
        return fromFields(problems, Map.of());
    }

    /** Call at the end of the subclass's constructor, after the fields hold the record's values. */
    protected final void ready() {
        populating = false;
        validate();
    }

    // --- fields ---

    protected final StringProperty text(String field, String initial) {
        StringProperty property = new SimpleStringProperty(initial == null ? "" : initial);
        return register(field, property, property);
    }

    /** A date field, showing the day as the tables do. */
    protected final StringProperty date(String field, LocalDate initial) {
        dateFields.add(field);
        return text(field, shown(initial));
    }

    /** True for a text field that holds a date. */
    final boolean isDate(String field) {
        return dateFields.contains(field);
    }

    protected final <E> ObjectProperty<E> value(String field, E initial) {
        ObjectProperty<E> property = new SimpleObjectProperty<>(initial);
        return register(field, property, property);
    }

    protected final LinkField link(String field, List<Choice> choices, Object initialKey) {
        LinkField link = new LinkField(choices, initialKey == null ? null : initialKey.toString());
        return register(field, link, link.textProperty());
    }

    protected final ChipList chips(String field, List<Choice> choices, List<?> initialKeys, boolean freeText) {
        ChipList chips = new ChipList(choices, freeText);
        chips.addKeys(initialKeys.stream().map(Object::toString).toList(), choices);
        return register(field, chips, chips.items());
    }

    /** A list of rows whose every property change counts as a change of the field. */
    protected final <R extends FormRow> ObservableList<R> rows(String field) {
        ObservableList<R> rows = FXCollections.observableArrayList(FormRow::observables);
        return register(field, rows, rows);
    }

    /** Keeps the field under its name; a change of {@code observable} counts as an edit of it. */
    private <F> F register(String field, F holder, Observable observable) {
        fields.put(field, holder);
        shownErrors.computeIfAbsent(field, f -> new SimpleStringProperty(""));
        observable.addListener(o -> {
            if (!populating) {
                touched.add(field);
                dirty.set(true);
                validate();
            }
        });
        return holder;
    }

    /** The field under this name (a property, a link, chips or rows), or null. */
    final Object field(String field) {
        return fields.get(field);
    }

    /** The names of the fields. */
    final Set<String> fieldNames() {
        return fields.keySet();
    }

    private <F> F field(String field, Class<F> type) {
        Object holder = fields.get(field);
        if (!type.isInstance(holder)) {
            throw new IllegalArgumentException("The " + kind() + " form has no " + type.getSimpleName() + " "
                    + field);
        }
        return type.cast(holder);
    }

    /** A text field (dates and numbers are typed as text too). */
    public final StringProperty textProperty(String field) {
        return field(field, StringProperty.class);
    }

    /** A field holding a choice of a list of constants. */
    @SuppressWarnings("unchecked")
    public final <E> ObjectProperty<E> valueProperty(String field) {
        return field(field, ObjectProperty.class);
    }

    public final LinkField linkField(String field) {
        return field(field, LinkField.class);
    }

    public final ChipList chipList(String field) {
        return field(field, ChipList.class);
    }

    @SuppressWarnings("unchecked")
    public final <R extends FormRow> ObservableList<R> rowList(String field) {
        return field(field, ObservableList.class);
    }

    /**
     * A field for each component of {@code record} (the one opened, or a blank one), of the kind its type
     * asks for: text (numbers too), a date, a choice of constants, a link ({@code links} gives the choices
     * of each UUID, and of each string that is one), chips of ids (choices from {@code links}) or of free
     * words. The id, the info, other lists and the components already made fields (rows) are left to the
     * subclass; {@link #fromFields} reads them back.
     */
    protected final void fieldsOf(T record, Map<String, List<Choice>> links) {
        kind = record.recordKind();
        components = record.getClass().getRecordComponents();
        recordConstructor = canonicalConstructor(record.getClass(), components);
        for (RecordComponent c : components) {
            String field = c.getName();
            Object initial = componentOf(record, c);
            Class<?> type = c.getType();
            if (field.equals("id") || field.equals("info") || fields.containsKey(field)
                    || type == List.class && !listOfIds(c) && !listOfWords(c)) {
                continue;
            }
            if (type == List.class) {
                chips(field, listOfIds(c) ? links.get(field) : List.of(), (List<?>) initial, listOfWords(c));
            } else if (links.containsKey(field)) {
                link(field, links.get(field), initial);
            } else if (type == LocalDate.class) {
                date(field, (LocalDate) initial);
            } else if (type.isEnum()) {
                value(field, initial);
            } else if (type == String.class || type == Integer.class) {
                text(field, initial == null ? null : initial.toString());
            } else {
                throw new IllegalArgumentException("No field for " + kind + "." + field + " of " + type);
            }
        }
    }

    /** The choices without the record itself (an event or topic cannot be its own parent). */
    protected final List<Choice> withoutItself(List<Choice> choices) {
        return choices.stream().filter(c -> !c.key().equals(id.toString())).toList();
    }

    /**
     * The record the fields describe, each component read as its field's kind asks, {@code read} giving the
     * components the subclass reads itself (rows); problems reading them go to {@code problems}.
     */
    protected final T fromFields(List<Violation> problems, Map<String, Object> read) {
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String field = components[i].getName();
            values[i] = switch (field) {
                case "id" -> id;
                case "info" -> info();
                default -> read.containsKey(field) ? read.get(field) : readField(components[i], problems);
            };
        }
        try {
            @SuppressWarnings("unchecked")
            T record = (T) recordConstructor.newInstance(values);
            return record;
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object readField(RecordComponent component, List<Violation> problems) {
        String field = component.getName();
        Class<?> type = component.getType();
        Object holder = fields.get(field);
        if (holder instanceof ChipList chips) {
            return listOfIds(component) ? ids(field) : chips.keys();
        } else if (holder instanceof LinkField) {
            return type == UUID.class ? id(field, problems) : key(field, problems);
        } else if (type == LocalDate.class) {
            return date(field, problems);
        } else if (type == Integer.class) {
            return number(field, problems);
        } else if (holder instanceof ObjectProperty<?> value) {
            return value.get();
        }
        return string(field);
    }

    private static boolean listOfIds(RecordComponent component) {
        return component.getGenericType().getTypeName().equals("java.util.List<java.util.UUID>");
    }

    private static boolean listOfWords(RecordComponent component) {
        return component.getGenericType().getTypeName().equals("java.util.List<java.lang.String>");
    }

    private static Object componentOf(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Constructor<?> canonicalConstructor(Class<?> type, RecordComponent[] components) {
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A date as the form's fields show it: in the user's language, as the tables and the detail do. */
    protected final String shown(LocalDate date) {
        return DisplayFormat.date(l10n.locale(), date);
    }

    // --- reading fields ---

    /**
     * The date typed in a field, or null. An unreadable date, or one whose year no record of ours can have
     * ("1. 1. 0000"), is a problem of that field; a date far from today is asked about on saving.
     */
    protected final LocalDate date(String field, String typed, List<Violation> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = DateParser.parse(typed);
        if (date.isEmpty()) {
            problems.add(new Violation(field, "rule.date.unreadable", typed.strip()));
            return null;
        }
        if (!possibleYear(date.get())) {
            problems.add(new Violation(field, "rule.date.year", typed.strip(), String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR)));
            return null;
        }
        datesRead.add(date.get());
        return date.get();
    }

    /** False for a year no record of ours can have, a typing error such as 0000 or 20255. */
    static boolean possibleYear(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** The text typed in a field. */
    protected final String string(String field) {
        return textProperty(field).get();
    }

    /** The constant chosen in a field. */
    protected final <E> E chosen(String field) {
        return this.<E>valueProperty(field).get();
    }

    /** The whole number typed in a field, or null; text that is no number is a problem. */
    protected final Integer number(String field, List<Violation> problems) {
        String typed = string(field).strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(typed);
        } catch (NumberFormatException e) {
            problems.add(new Violation(field, "rule.number.unreadable", typed));
            return null;
        }
    }

    protected final LocalDate date(String field, List<Violation> problems) {
        return date(field, string(field), problems);
    }

    protected final UUID id(String field, List<Violation> problems) {
        return id(field, linkField(field), problems);
    }

    protected final String key(String field, List<Violation> problems) {
        return key(field, linkField(field), problems);
    }

    /** The record ids of a field of chips. */
    protected final List<UUID> ids(String field) {
        return chipList(field).keys().stream().map(UUID::fromString).toList();
    }

    /** The record id a link field names, or null; typed text that names nothing is a problem. */
    protected static UUID id(String field, LinkField link, List<Violation> problems) {
        String key = key(field, link, problems);
        return key == null ? null : UUID.fromString(key);
    }

    protected static String key(String field, LinkField link, List<Violation> problems) {
        if (link.unresolved()) {
            problems.add(new Violation(field, "rule.link.choose", link.textProperty().get().strip()));
        }
        return link.key();
    }

    /** Sensitivity and sources as entered, with the audit of the record being edited. */
    protected final RecordInfo info() {
        List<Source> entered = sources.stream().filter(r -> !r.isBlank()).map(SourceRow::toSource).toList();
        return new RecordInfo(sensitivity.get(), entered, original == null ? null : original.audit());
    }

    /** Reads each row, collecting its own problems into its error and the form's list. */
    protected static <R extends FormRow, V> List<V> readRows(String field, List<R> rows,
                                                             Function<R, Row<V>> read, List<Violation> problems) {
        List<V> values = new ArrayList<>();
        for (R row : rows) {
            Row<V> result = read.apply(row);
            row.errorProperty().set(result.problem() == null ? "" : result.problem());
            if (result.problem() != null) {
                problems.add(new Violation(field, "rule.row.invalid"));
            }
            if (result.value() != null) {
                values.add(result.value());
            }
        }
        return values;
    }

    /** A row read: its value (null to skip a blank row) or the sentence saying what is wrong with it. */
    public record Row<V>(V value, String problem) {
    }

    // --- validation ---

    /** Checks the fields now; true when the form may be saved. */
    public final boolean validate() {
        datesRead.clear();
        List<Violation> problems = new ArrayList<>();
        T record = build(problems);
        problems.addAll(RecordValidator.withoutStore().violations(record));
        Map<String, String> found = new LinkedHashMap<>();
        for (Violation v : problems) {
            found.putIfAbsent(v.field(), v.message(l10n));
        }
        errors = found;
        valid.set(problems.isEmpty());
        saveHint.set(firstProblemField().map(field -> l10n.get("ui.form.saveHint", errors.get(field))).orElse(""));
        findDuplicates(record);
        refreshShown();
        return problems.isEmpty();
    }

    /**
     * Warns, without blocking, when a new record is likely a duplicate of one that exists: the form names it,
     * and saving asks {@code questionKey} first.
     */
    protected final void warnOfDuplicates(Function<T, List<? extends StoredRecord>> finder, String questionKey) {
        this.duplicateFinder = finder;
        this.duplicateQuestionKey = questionKey;
    }

    private void findDuplicates(T record) {
        List<? extends StoredRecord> same = isNew() && duplicateFinder != null ? duplicateFinder.apply(record)
                : List.of();
        duplicate.set(same.isEmpty() ? null : same.get(0));
    }

    private void refreshShown() {
        shownErrors.forEach((field, property) ->
                property.set(showAll || touched.contains(field) ? errors.getOrDefault(field, "") : ""));
        List<String> elsewhere = errors.entrySet().stream()
                .filter(e -> !shownErrors.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        if (showAll && !elsewhere.isEmpty() && formError.get().isEmpty()) {
            formError.set(String.join(" ", elsewhere));
        }
    }

    // --- actions ---

    /** Saves in the background when valid; otherwise shows every field's sentence. */
    public void save() {
        if (busy.get()) {
            return;
        }
        showAll = true;
        formError.set("");
        if (!validate()) {
            focusRequest.set(null);
            focusRequest.set(firstProblemField().orElse(null));
            return;
        }
        if (!confirmFarDates() || !confirmSave()) {
            return;
        }
        T record = build(new ArrayList<>());
        busy.set(true);
        context.saver().save(original, record, stored -> {
            dirty.set(false);
            saved.set(stored);
            busy.set(false); // last: whoever waits for the save sees it saved (the form closed) when it ends
        }, this::saveFailed);
    }

    /** A date more than 50 years from today is more often a typing error than history: asks; true to go on. */
    private boolean confirmFarDates() {
        LocalDate today = LocalDate.now();
        List<LocalDate> far = datesRead.stream().filter(d -> d.isBefore(today.minusYears(FAR_YEARS))
                || d.isAfter(today.plusYears(FAR_YEARS))).distinct().toList();
        if (far.isEmpty()) {
            return true;
        }
        DisplayFormat format = new DisplayFormat(l10n, null);
        String dates = String.join(", ", far.stream().map(format::date).toList());
        return context.dialogs().confirm(l10n.get("ui.form.farDate.title"),
                l10n.get("ui.form.farDate.header", dates, FAR_YEARS), l10n.get("ui.form.farDate.text"));
    }

    /** Asks the user before saving a likely duplicate; true to go on. */
    private boolean confirmSave() {
        StoredRecord existing = duplicate.get();
        return existing == null || context.dialogs().confirm(l10n.get("ui.form.duplicate.title"),
                l10n.get(duplicateQuestionKey, RecordLabels.label(existing)), l10n.get("ui.form.duplicate.text"));
    }

    private void saveFailed(Throwable failure) {
        busy.set(false);
        if (failure instanceof VersionConflictException newer) {
            formError.set(newer.localizedMessage(l10n));
            conflict.set(new Conflict(newer.theirs(), VersionComparison.rows(newer.mine(), newer.theirs(), l10n,
                    context::name)));
        } else if (failure instanceof ValidationException) {
            Map<String, String> found = new HashMap<>(errors);
            for (Violation v : ((ValidationException) failure).violations()) {
                found.put(v.field(), v.message(l10n));
            }
            errors = found;
            valid.set(false);
            refreshShown();
            formError.set(((ValidationException) failure).localizedMessage(l10n));
        } else if (failure instanceof UserFacingException) {
            formError.set(((UserFacingException) failure).localizedMessage(l10n));
        } else {
            formError.set(l10n.get("ui.error.unexpected"));
        }
    }

    /**
     * Someone saved the record after this form opened it: their version, who and when, and the fields
     * where the two differ. The typed values stay in the form until the user chooses.
     */
    public record Conflict(StoredRecord theirs, List<VersionComparison.Row> rows) {
    }

    /** Set when a save met a newer version; null otherwise. */
    public ReadOnlyObjectProperty<Conflict> conflictProperty() {
        return conflict;
    }

    /** Saves the typed values over the newer version, knowingly (undo puts theirs back). */
    @SuppressWarnings("unchecked")
    public void keepMine() {
        Conflict current = conflict.get();
        if (current != null) {
            original = (T) current.theirs();
            conflict.set(null);
            save();
        }
    }

    /** Leaves the newer version as it is: the typed values are dropped and the form is done. */
    public void keepTheirs() {
        Conflict current = conflict.get();
        if (current != null) {
            conflict.set(null);
            dirty.set(false);
            formError.set("");
            saved.set(current.theirs());
        }
    }

    /** True when the form may close: nothing typed, or the user agreed to drop it. */
    public boolean confirmCancel() {
        return !dirty.get() || context.dialogs().confirm(l10n.get("ui.form.discard.title"),
                l10n.get("ui.form.discard.header"), l10n.get("ui.form.discard.text"));
    }

    // --- state ---

    public UUID id() {
        return id;
    }

    public T original() {
        return original;
    }

    public boolean isNew() {
        return original == null;
    }

    /** The sentence shown at a field ("" when fine or not yet edited). */
    public ReadOnlyStringProperty errorProperty(String field) {
        return shownErrors.computeIfAbsent(field, f -> new SimpleStringProperty(""));
    }

    /** The first field with a problem, in the form's order (then the rules' order); empty when valid. */
    private Optional<String> firstProblemField() {
        return placed.stream().filter(errors::containsKey).findFirst().or(() -> errors.keySet().stream().findFirst());
    }

    /** The view shows {@code field}'s control next (called in the order the form shows them). */
    public void placed(String field) {
        placed.add(field);
    }

    /** "Uložit zatím nelze: …" while the form cannot be saved; "" when it can. */
    public ReadOnlyStringProperty saveHintProperty() {
        return saveHint;
    }

    /** The field (its name, as in {@link #errorProperty}) a failed save asks the view to put the cursor in. */
    public ReadOnlyObjectProperty<String> focusRequestProperty() {
        return focusRequest;
    }

    /** A sentence for the whole form (a failed save). */
    public ReadOnlyStringProperty formErrorProperty() {
        return formError;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Set to the stored record when a save succeeded. */
    public ReadOnlyObjectProperty<StoredRecord> savedProperty() {
        return saved;
    }

    public ReadOnlyObjectProperty<StoredRecord> duplicateProperty() {
        return duplicate;
    }

    public void addSource() {
        sources.add(new SourceRow("", ""));
    }

    public ObjectProperty<Sensitivity> sensitivityProperty() {
        return sensitivity;
    }

    public ObservableList<SourceRow> sources() {
        return sources;
    }

    /** "Nová osoba" or "Úprava: Yvette Cooper". */
    public String heading() {
        return isNew() ? l10n.get(newHeadingKey) : l10n.get("ui.form.edit", RecordLabels.label(original));
    }
}
