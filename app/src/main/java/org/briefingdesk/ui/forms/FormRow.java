package org.briefingdesk.ui.forms;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One row of a list inside a form (a role, a participant, a follow-up): its properties and its own error. */
public abstract class FormRow {
    private final StringProperty error = new SimpleStringProperty("");

    /** The properties whose change means the form changed. */
    public abstract Observable[] observables();

    /** The sentence shown beside this row ("" when it is fine). */
    public StringProperty errorProperty() {
        return error;
    }
}
