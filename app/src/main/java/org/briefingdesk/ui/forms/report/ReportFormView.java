package org.briefingdesk.ui.forms.report;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.ui.common.Fxml;
import org.briefingdesk.ui.forms.FormBinder;
import org.briefingdesk.ui.forms.FormView;

/** The report form (ReportForm.fxml). */
public final class ReportFormView implements FormView {
    private final ReportFormViewModel viewModel;
    private final Parent root;
    @FXML
    private TextField title;
    @FXML
    private TextField event;
    @FXML
    private TextField author;
    @FXML
    private TextField date;
    @FXML
    private TextArea body;
    @FXML
    private TextArea outcomes;
    @FXML
    private VBox followUps;
    @FXML
    private FlowPane topicsChips;
    @FXML
    private TextField topics;

    public ReportFormView(ReportFormViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this, "ReportForm.fxml", l10n.bundle());
        FormBinder bind = new FormBinder(viewModel, l10n);
        bind.text(title, viewModel.titleProperty(), "title");
        bind.link(event, viewModel.event(), "eventId");
        bind.text(author, viewModel.authorProperty(), "author");
        bind.date(date, viewModel.dateProperty(), "date");
        bind.text(body, viewModel.bodyProperty(), "body");
        bind.text(outcomes, viewModel.outcomesProperty(), "outcomes");
        bind.rows(followUps, viewModel.followUps(), row -> {
            CheckBox done = new CheckBox(l10n.get("field.done"));
            done.selectedProperty().bindBidirectional(row.doneProperty());
            TextField due = FormBinder.rowText(row.dueDateProperty(), l10n.get("field.dueDate"), null);
            due.getStyleClass().add("date-field");
            return List.of(FormBinder.rowText(row.actionProperty(), l10n.get("field.action"), null), due, done);
        }, "followUps");
        bind.chips(topicsChips, topics, viewModel.topics(), "topicIds");
    }

    @FXML
    private void addFollowUps() {
        viewModel.addFollowUp();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public Node firstField() {
        return title;
    }
}
