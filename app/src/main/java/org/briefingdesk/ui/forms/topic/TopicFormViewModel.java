package org.briefingdesk.ui.forms.topic;

import java.util.List;
import javafx.beans.property.StringProperty;
import org.briefingdesk.logic.records.RecordLabels;
import org.briefingdesk.logic.rules.Violation;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.RecordKind;
import org.briefingdesk.model.Topic;
import org.briefingdesk.ui.forms.FormContext;
import org.briefingdesk.ui.forms.LinkField;
import org.briefingdesk.ui.forms.RecordFormViewModel;

/** A topic: Czech and English name, parent topic, description. */
public final class TopicFormViewModel extends RecordFormViewModel<Topic> {
    private final StringProperty name;
    private final StringProperty nameEn;
    private final LinkField parent;
    private final StringProperty description;

    public TopicFormViewModel(FormContext context, Topic original) {
        super(context, original);
        Topic t = original != null ? original : new Topic(null, "", "", null, "", RecordInfo.NEW);
        name = text("name", t.name());
        nameEn = text("nameEn", t.nameEn());
        // A topic cannot be its own parent: it is not offered (deeper cycles are refused at save).
        parent = link("parentId", context.choices().topics().stream()
                .filter(c -> !c.key().equals(id().toString())).toList(), t.parentId());
        description = text("description", t.description());
        ready();
    }

    @Override
    public RecordKind kind() {
        return RecordKind.TOPIC;
    }

    @Override
    protected Topic build(List<Violation> problems) {
        return new Topic(id(), name.get(), nameEn.get(), id("parentId", parent, problems), description.get(),
                info());
    }

    @Override
    public String heading() {
        return isNew() ? l10n.get("ui.form.new.topic") : l10n.get("ui.form.edit", RecordLabels.label(original()));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    public LinkField parent() {
        return parent;
    }

    public StringProperty descriptionProperty() {
        return description;
    }
}
