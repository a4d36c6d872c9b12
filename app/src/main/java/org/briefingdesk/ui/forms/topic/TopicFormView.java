package org.briefingdesk.ui.forms.topic;

import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.ui.forms.FormView;

/** The topic form (TopicForm.fxml). */
public final class TopicFormView extends FormView {
    public TopicFormView(TopicFormViewModel viewModel, Localization l10n) {
        super(viewModel, l10n, "TopicForm.fxml", "name");
        bindFields();
    }
}
