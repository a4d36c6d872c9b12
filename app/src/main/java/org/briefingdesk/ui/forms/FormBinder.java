package org.briefingdesk.ui.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.briefingdesk.logic.DateParser;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.DisplayFormat;
import org.briefingdesk.ui.common.FormKeys;
import org.briefingdesk.ui.common.Suggestions;

/**
 * Binds a form's controls to its ViewModel: the value both ways, and the field's sentence shown right
 * under it (and as the control's tooltip, with the {@code :invalid} look) as soon as it applies.
 */
public final class FormBinder {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final RecordFormViewModel<?> viewModel;
    private final Localization l10n;
    /** Where the controls named by fx:id are. */
    private final Parent controls;

    public FormBinder(RecordFormViewModel<?> viewModel, Localization l10n, Parent controls) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.controls = controls;
    }

    /** The control with this fx:id. */
    @SuppressWarnings("unchecked")
    public <N extends Node> N control(String fxId) {
        Node node = controls.lookup("#" + fxId);
        if (node == null) {
            throw new IllegalArgumentException("No control " + fxId + " in the form");
        }
        return (N) node;
    }

    /**
     * Binds each control of the form to the field its fx:id names, in the order the form shows them: the
     * field's name without "Id" or "Code" ({@code parentId} in {@code parent}), "Ids" as a plural
     * ({@code topicIds} in {@code topics}, its chips in {@code topicsChips}), the kind as {@code eventKind}.
     * A list of rows shows each row by {@code rowView}; controls that name no field are left to the view.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <R extends FormRow> void bindAll(Function<R, List<Node>> rowView) {
        Map<String, String> fieldsByControl = new HashMap<>();
        viewModel.fieldNames().forEach(field -> fieldsByControl.put(controlId(field), field));
        List<String> ids = new ArrayList<>();
        collectIds(controls, ids);
        for (String fxId : ids) {
            String field = fieldsByControl.get(fxId);
            Object holder = field == null ? null : viewModel.field(field);
            if (holder instanceof LinkField) {
                link(fxId, field);
            } else if (holder instanceof ChipList) {
                chips(fxId, field);
            } else if (holder instanceof ObservableList<?>) {
                rows(fxId, rowView, field);
            } else if (holder instanceof StringProperty && viewModel.isDate(field)) {
                date(fxId, field);
            } else if (holder instanceof StringProperty) {
                text(fxId, field);
            } else if (holder instanceof ObjectProperty<?> value) {
                choice(fxId, (Enum[]) ((Enum) value.get()).getDeclaringClass().getEnumConstants(), field);
            }
        }
    }

    private String controlId(String field) {
        if (field.equals("kind")) {
            return viewModel.kind().name().toLowerCase(Locale.ROOT) + "Kind";
        }
        return field.replaceFirst("Ids$", "s").replaceFirst("(Id|Code)$", "");
    }

    private static void collectIds(Parent parent, List<String> ids) {
        for (Node node : parent.getChildrenUnmodifiable()) {
            if (node.getId() != null) {
                ids.add(node.getId());
            }
            if (node instanceof Parent inner) {
                collectIds(inner, ids);
            }
        }
    }

    private void text(String fxId, String field) {
        text(control(fxId), viewModel.textProperty(field), field);
    }

    private void date(String fxId, String field) {
        date(control(fxId), viewModel.textProperty(field), field);
    }

    private <E extends Enum<E>> void choice(String fxId, E[] values, String field) {
        choice(control(fxId), viewModel.valueProperty(field), values, field);
    }

    private void link(String fxId, String field) {
        link(control(fxId), viewModel.linkField(field), field);
    }

    /** Chips in the pane {@code fxId + "Chips"}, typed in the field {@code fxId}. */
    private void chips(String fxId, String field) {
        chips(control(fxId + "Chips"), control(fxId), viewModel.chipList(field), field);
    }

    private <R extends FormRow> void rows(String fxId, Function<R, List<Node>> rowView, String field) {
        rows(control(fxId), viewModel.<R>rowList(field), rowView, field);
    }

    public Localization l10n() {
        return l10n;
    }

    public void text(TextInputControl control, StringProperty value, String field) {
        control.textProperty().bindBidirectional(value);
        if (control instanceof TextArea area) {
            FormKeys.tabLeaves(area);
        }
        showError(control, field);
    }

    /** A date typed as the user writes it in their language, or ISO; the hint under it says which day was read. */
    public void date(TextField control, StringProperty value, String field) {
        control.setPromptText(l10n.get("ui.form.datePrompt"));
        control.textProperty().bindBidirectional(value);
        control.getStyleClass().add("date-field");
        showError(control, field);
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                // Written back in the one form tables use, so "31. března 2025" reads 31. 3. 2025 (in English
                // 31 Mar 2025); a refused year stays as typed, as the field's sentence quotes it.
                DateParser.parse(control.getText()).filter(RecordFormViewModel::possibleYear).ifPresent(d ->
                        control.setText(DisplayFormat.date(l10n.locale(), d)));
            }
        });
    }

    public <E extends Enum<E>> void choice(ComboBox<E> control, ObjectProperty<E> value, E[] values, String field) {
        rowChoice(control, value, values);
        showError(control, field);
    }

    /** A choice of an enum's constants, shown by their labels, bound both ways. */
    public <E extends Enum<E>> void rowChoice(ComboBox<E> control, ObjectProperty<E> value, E[] values) {
        control.getItems().setAll(values);
        control.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return l10n.of(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        control.valueProperty().bindBidirectional(value);
    }

    /** A link to a record or country, with auto-completion; a unique match completes on leaving the field. */
    public void link(TextField control, LinkField link, String field) {
        bindLink(control, link);
        control.setPromptText(l10n.get(field.equals("countryCode") ? "ui.form.countryPrompt" : "ui.form.linkPrompt"));
        showError(control, field);
    }

    /** The style class of the control that edits {@code field}. */
    public static String fieldClass(String field) {
        return "field-" + field;
    }

    static void bindLink(TextField control, LinkField link) {
        control.textProperty().bindBidirectional(link.textProperty());
        Suggestions.bind(control, link::suggest);
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                link.completeUnique();
            }
        });
    }

    public void chips(Pane container, TextField input, ChipList chips, String field) {
        new ChipsView(container, input, chips, l10n);
        showError(input, field);
    }

    /**
     * A list of rows, each shown by {@code rowView}, with its remove button and its own sentence; rebuilt
     * when rows are added or removed (not when a row's fields change, so typing keeps the focus).
     */
    public <R extends FormRow> void rows(VBox container, ObservableList<R> rows, Function<R, List<Node>> rowView,
                                         String field) {
        Runnable rebuild = () -> {
            container.getChildren().clear();
            for (int i = 0; i < rows.size(); i++) {
                R row = rows.get(i);
                Button remove = new Button(l10n.get("ui.form.removeRow"));
                remove.getStyleClass().add("row-remove");
                remove.setOnAction(e -> rows.remove(row));
                HBox line = new HBox();
                line.getStyleClass().add("form-row");
                line.getChildren().addAll(rowView.apply(row));
                line.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
                line.getChildren().add(remove);
                Label error = errorLabel(row.errorProperty());
                VBox box = new VBox(line, error);
                box.setId(container.getId() + "Row" + i);
                container.getChildren().add(box);
            }
        };
        rows.addListener((ListChangeListener<R>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
            }
            if (structural) {
                rebuild.run();
            }
        });
        rebuild.run();
        Label listError = errorLabel(viewModel.errorProperty(field));
        if (container.getParent() instanceof Pane) {
            ((Pane) container.getParent()).getChildren().add(
                    ((Pane) container.getParent()).getChildren().indexOf(container) + 1, listError);
        }
    }

    /** A text field for a row, bound both ways. */
    public static TextField rowText(StringProperty value, String prompt, String id) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(value);
        field.setPromptText(prompt);
        field.setId(id);
        return field;
    }

    /** A link field for a row, with auto-completion. */
    public static TextField rowLink(LinkField link, String prompt, String id) {
        TextField field = new TextField();
        bindLink(field, link);
        field.setPromptText(prompt);
        field.setId(id);
        return field;
    }

    /**
     * Shows the field's sentence under the control (its parent is a form-field box) and marks the control;
     * the style class {@code field-NAME} lets the form put the cursor in the field a failed save names.
     */
    private void showError(Control control, String field) {
        control.getStyleClass().add(fieldClass(field));
        viewModel.placed(field);
        ObservableStringValue error = viewModel.errorProperty(field);
        Parent parent = control.getParent();
        if (parent instanceof VBox) {
            ((VBox) parent).getChildren().add(errorLabel(error));
        }
        Runnable apply = () -> {
            boolean invalid = !error.get().isEmpty();
            control.pseudoClassStateChanged(INVALID, invalid);
            control.setTooltip(invalid ? new Tooltip(error.get()) : null);
        };
        error.addListener((obs, old, now) -> apply.run());
        apply.run();
    }

    private static Label errorLabel(ObservableStringValue error) {
        Label label = new Label();
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(error);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
