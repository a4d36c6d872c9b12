package org.briefingdesk.ui.forms;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.briefingdesk.model.Source;

/** One source of a record: a document title and/or a link. */
public final class SourceRow extends FormRow {
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");

    public SourceRow(String title, String url) {
        this.title.set(title);
        this.url.set(url);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty urlProperty() {
        return url;
    }

    boolean isBlank() {
        return title.get().isBlank() && url.get().isBlank();
    }

    Source toSource() {
        return new Source(title.get(), url.get());
    }

    @Override
    public Observable[] observables() {
        return new Observable[] {title, url};
    }
}
