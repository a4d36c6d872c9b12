package org.briefingdesk.ui.forms.statement;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.StatementKind;
import org.briefingdesk.ui.common.Fxml;
import org.briefingdesk.ui.forms.FormBinder;
import org.briefingdesk.ui.forms.FormView;

/** The statement form (StatementForm.fxml). */
public final class StatementFormView implements FormView {
    private final Parent root;
    @FXML
    private TextField speaker;
    @FXML
    private TextField event;
    @FXML
    private TextField date;
    @FXML
    private ComboBox<StatementKind> statementKind;
    @FXML
    private TextField language;
    @FXML
    private TextArea text;
    @FXML
    private TextArea translation;
    @FXML
    private FlowPane topicsChips;
    @FXML
    private TextField topics;

    public StatementFormView(StatementFormViewModel viewModel, Localization l10n) {
        this.root = Fxml.load(this, "StatementForm.fxml", l10n.bundle());
        FormBinder bind = new FormBinder(viewModel, l10n);
        bind.link(speaker, viewModel.speaker(), "speakerId");
        bind.link(event, viewModel.event(), "eventId");
        bind.date(date, viewModel.dateProperty(), "date");
        bind.choice(statementKind, viewModel.statementKindProperty(), StatementKind.values(), "kind");
        bind.text(language, viewModel.languageProperty(), "language");
        bind.text(text, viewModel.textProperty(), "text");
        bind.text(translation, viewModel.translationProperty(), "translation");
        bind.chips(topicsChips, topics, viewModel.topics(), "topicIds");
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node firstField() {
        return speaker;
    }
}
