package org.briefingdesk.ui.forms.report;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.briefingdesk.ui.forms.FormRow;

/** One follow-up action of a report: what, by when, done. */
public final class FollowUpRow extends FormRow {
    private final StringProperty action = new SimpleStringProperty("");
    private final StringProperty dueDate = new SimpleStringProperty("");
    private final BooleanProperty done = new SimpleBooleanProperty(false);

    public FollowUpRow(String action, String dueDate, boolean done) {
        this.action.set(action);
        this.dueDate.set(dueDate);
        this.done.set(done);
    }

    public StringProperty actionProperty() {
        return action;
    }

    public StringProperty dueDateProperty() {
        return dueDate;
    }

    public BooleanProperty doneProperty() {
        return done;
    }

    @Override
    public Observable[] observables() {
        return new Observable[] {action, dueDate, done};
    }
}
