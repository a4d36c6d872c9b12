package org.briefingdesk.ui.forms.event;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.ParticipationRole;
import org.briefingdesk.ui.forms.FormBinder;
import org.briefingdesk.ui.forms.FormView;

/** The event form (EventForm.fxml). */
public final class EventFormView extends FormView {
    private final EventFormViewModel viewModel;

    public EventFormView(EventFormViewModel viewModel, Localization l10n) {
        super(viewModel, l10n, "EventForm.fxml", "title");
        this.viewModel = viewModel;
        this.<ParticipantRow>bindFields(row -> {
            ComboBox<ParticipationRole> role = new ComboBox<>();
            bind.rowChoice(role, row.roleProperty(), ParticipationRole.values());
            role.getStyleClass().add("row-role");
            return List.of(FormBinder.rowLink(row.person(), l10n.get("field.person"), null), role,
                    FormBinder.rowLink(row.organisation(), l10n.get("field.onBehalfOf"), null),
                    FormBinder.rowLink(row.country(), l10n.get("field.country"), null));
        });
    }

    @FXML
    private void addParticipants() {
        viewModel.addParticipant();
    }
}
