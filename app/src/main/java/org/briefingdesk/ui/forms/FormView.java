package org.briefingdesk.ui.forms;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.ui.common.Fxml;

/**
 * A record kind's form body: its FXML, loaded with the subclass as controller (for its add-row buttons),
 * and a binder that finds the controls by their fx:id and binds them to the ViewModel's fields by name.
 */
public abstract class FormView {
    private final Parent root;
    private final String firstFieldId;
    protected final FormBinder bind;

    /** @param firstFieldId the control where the cursor goes when the form opens */
    protected FormView(RecordFormViewModel<?> viewModel, Localization l10n, String fxmlName, String firstFieldId) {
        this.root = Fxml.load(this, fxmlName, l10n.bundle());
        this.firstFieldId = firstFieldId;
        this.bind = new FormBinder(viewModel, l10n, root);
    }

    /** Binds every control that names a field; see {@link FormBinder#bindAll}. */
    protected final void bindFields() {
        bind.bindAll(null);
    }

    /** Binds every control that names a field, showing each row of the form's list by {@code rowView}. */
    protected final <R extends FormRow> void bindFields(Function<R, List<Node>> rowView) {
        bind.bindAll(rowView);
    }

    public final Parent root() {
        return root;
    }

    /** Where the cursor goes when the form opens. */
    public final Node firstField() {
        return bind.control(firstFieldId);
    }
}
