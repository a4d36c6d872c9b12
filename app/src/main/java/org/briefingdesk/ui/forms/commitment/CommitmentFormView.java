package org.briefingdesk.ui.forms.commitment;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.records.DisplayFormat;
import org.briefingdesk.model.CommitmentStatus;
import org.briefingdesk.model.StatusChange;
import org.briefingdesk.ui.common.Fxml;
import org.briefingdesk.ui.forms.FormBinder;
import org.briefingdesk.ui.forms.FormView;

/** The commitment form (CommitmentForm.fxml): the history so far read-only, a new status appended. */
public final class CommitmentFormView implements FormView {
    private final Parent root;
    @FXML
    private TextField statement;
    @FXML
    private TextArea text;
    @FXML
    private TextField dueDate;
    @FXML
    private VBox history;
    @FXML
    private ComboBox<CommitmentStatus> status;
    @FXML
    private TextField statusDate;
    @FXML
    private TextField statusNote;
    @FXML
    private FlowPane topicsChips;
    @FXML
    private TextField topics;

    public CommitmentFormView(CommitmentFormViewModel viewModel, Localization l10n) {
        this.root = Fxml.load(this, "CommitmentForm.fxml", l10n.bundle());
        FormBinder bind = new FormBinder(viewModel, l10n);
        bind.link(statement, viewModel.statement(), "statementId");
        bind.text(text, viewModel.textProperty(), "text");
        bind.date(dueDate, viewModel.dueDateProperty(), "dueDate");
        for (StatusChange change : viewModel.history()) {
            Label line = new Label(l10n.get("ui.form.historyLine", DisplayFormat.date(l10n.locale(), change.date()),
                    l10n.of(change.status()), change.note()));
            line.setWrapText(true);
            line.getStyleClass().add("history-entry");
            history.getChildren().add(line);
        }
        if (viewModel.history().isEmpty()) {
            history.getChildren().add(new Label(l10n.get("ui.form.historyEmpty")));
        }
        bind.choice(status, viewModel.statusProperty(), CommitmentStatus.values(), "status");
        bind.date(statusDate, viewModel.statusDateProperty(), "statusDate");
        bind.text(statusNote, viewModel.statusNoteProperty(), "statusNote");
        bind.chips(topicsChips, topics, viewModel.topics(), "topicIds");
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node firstField() {
        return statement;
    }
}
