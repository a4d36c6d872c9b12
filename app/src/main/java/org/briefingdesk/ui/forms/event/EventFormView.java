package org.briefingdesk.ui.forms.event;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.EventKind;
import org.briefingdesk.model.ParticipationRole;
import org.briefingdesk.ui.common.Fxml;
import org.briefingdesk.ui.forms.FormBinder;
import org.briefingdesk.ui.forms.FormView;

/** The event form (EventForm.fxml). */
public final class EventFormView implements FormView {
    private final EventFormViewModel viewModel;
    private final Parent root;
    @FXML
    private TextField title;
    @FXML
    private ComboBox<EventKind> eventKind;
    @FXML
    private TextField startDate;
    @FXML
    private TextField endDate;
    @FXML
    private TextField city;
    @FXML
    private TextField country;
    @FXML
    private TextField organiser;
    @FXML
    private TextField participatingCountries;
    @FXML
    private TextField parent;
    @FXML
    private TextArea summary;
    @FXML
    private VBox participants;
    @FXML
    private FlowPane topicsChips;
    @FXML
    private TextField topics;
    @FXML
    private TextArea notes;

    public EventFormView(EventFormViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.root = Fxml.load(this, "EventForm.fxml", l10n.bundle());
        FormBinder bind = new FormBinder(viewModel, l10n);
        bind.text(title, viewModel.titleProperty(), "title");
        bind.choice(eventKind, viewModel.eventKindProperty(), EventKind.values(), "kind");
        bind.date(startDate, viewModel.startDateProperty(), "startDate");
        bind.date(endDate, viewModel.endDateProperty(), "endDate");
        bind.text(city, viewModel.cityProperty(), "city");
        bind.link(country, viewModel.country(), "countryCode");
        bind.link(organiser, viewModel.organiser(), "organiserId");
        bind.text(participatingCountries, viewModel.participatingCountriesProperty(), "participatingCountries");
        bind.link(parent, viewModel.parent(), "parentId");
        bind.text(summary, viewModel.summaryProperty(), "summary");
        bind.rows(participants, viewModel.participants(), row -> {
            ComboBox<ParticipationRole> role = new ComboBox<>();
            bind.rowChoice(role, row.roleProperty(), ParticipationRole.values());
            role.getStyleClass().add("row-role");
            return List.of(FormBinder.rowLink(row.person(), l10n.get("field.person"), null), role,
                    FormBinder.rowLink(row.organisation(), l10n.get("field.onBehalfOf"), null),
                    FormBinder.rowLink(row.country(), l10n.get("field.country"), null));
        }, "participants");
        bind.chips(topicsChips, topics, viewModel.topics(), "topicIds");
        bind.text(notes, viewModel.notesProperty(), "notes");
    }

    @FXML
    private void addParticipants() {
        viewModel.addParticipant();
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
