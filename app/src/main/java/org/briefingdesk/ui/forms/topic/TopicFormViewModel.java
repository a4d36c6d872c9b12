package org.briefingdesk.ui.forms.topic;

import java.util.Map;
import org.briefingdesk.model.RecordInfo;
import org.briefingdesk.model.Topic;
import org.briefingdesk.ui.forms.FormContext;
import org.briefingdesk.ui.forms.RecordFormViewModel;

/** A topic: Czech and English name, parent topic, description. */
public final class TopicFormViewModel extends RecordFormViewModel<Topic> {
    public TopicFormViewModel(FormContext context, Topic original) {
        super(context, original, "ui.form.new.topic");
        // A topic cannot be its own parent: it is not offered (deeper cycles are refused at save).
        fieldsOf(original != null ? original : new Topic(null, "", "", null, "", RecordInfo.NEW),
                Map.of("parentId", withoutItself(context.choices().topics())));
        ready();
    }
}
