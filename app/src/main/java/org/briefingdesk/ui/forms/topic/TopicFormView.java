package org.briefingdesk.ui.forms.topic;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.ui.common.Fxml;
import org.briefingdesk.ui.forms.FormBinder;
import org.briefingdesk.ui.forms.FormView;

/** The topic form (TopicForm.fxml). */
public final class TopicFormView implements FormView {
    private final Parent root;
    @FXML
    private TextField name;
    @FXML
    private TextField nameEn;
    @FXML
    private TextField parent;
    @FXML
    private TextArea description;

    public TopicFormView(TopicFormViewModel viewModel, Localization l10n) {
        this.root = Fxml.load(this, "TopicForm.fxml", l10n.bundle());
        FormBinder bind = new FormBinder(viewModel, l10n);
        bind.text(name, viewModel.nameProperty(), "name");
        bind.text(nameEn, viewModel.nameEnProperty(), "nameEn");
        bind.link(parent, viewModel.parent(), "parentId");
        bind.text(description, viewModel.descriptionProperty(), "description");
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node firstField() {
        return name;
    }
}
