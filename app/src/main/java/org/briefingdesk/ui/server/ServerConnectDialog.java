package org.briefingdesk.ui.server;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.briefingdesk.logic.i18n.Localization;

/** The dialog over {@link ServerConnectViewModel}: address, user, password; Connect stays open on a bad address. */
public final class ServerConnectDialog {
    private final ServerConnectViewModel viewModel;
    private final Localization l10n;

    public ServerConnectDialog(ServerConnectViewModel viewModel, Localization l10n) {
        this.viewModel = viewModel;
        this.l10n = l10n;
    }

    /** Shows the dialog and waits; the login when the user connects. */
    public Optional<ServerConnectViewModel.Login> showAndWait(Window owner) {
        Dialog<ServerConnectViewModel.Login> dialog = new Dialog<>();
        dialog.setTitle(l10n.get("ui.server.title"));
        dialog.setHeaderText(l10n.get("ui.server.header"));
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        ComboBox<String> address = new ComboBox<>(viewModel.recentAddresses());
        address.setId("serverAddress");
        address.setEditable(true);
        address.setPrefWidth(420);
        address.setPromptText(l10n.get("ui.server.addressPrompt"));
        address.getEditor().textProperty().bindBidirectional(viewModel.addressProperty());
        address.setOnAction(e -> {
            if (address.getSelectionModel().getSelectedItem() != null) {
                viewModel.choose(address.getSelectionModel().getSelectedItem());
            }
        });
        TextField user = new TextField();
        user.setId("serverUser");
        user.textProperty().bindBidirectional(viewModel.userProperty());
        PasswordField password = new PasswordField();
        password.setId("serverPassword");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        Label note = new Label(l10n.get("ui.server.passwordNote"));
        note.getStyleClass().add("form-note");
        note.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("server-connect");
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(l10n.get("ui.server.address")), address);
        grid.addRow(1, new Label(l10n.get("ui.server.user")), user);
        grid.addRow(2, new Label(l10n.get("ui.server.password")), password);
        grid.add(note, 1, 3);
        grid.add(error, 1, 4);
        dialog.getDialogPane().setContent(grid);

        ButtonType connect = new ButtonType(l10n.get("ui.server.connect"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(l10n.get("ui.server.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(connect, cancel);
        Button connectButton = (Button) dialog.getDialogPane().lookupButton(connect);
        ServerConnectViewModel.Login[] chosen = new ServerConnectViewModel.Login[1];
        connectButton.addEventFilter(ActionEvent.ACTION, e -> {
            chosen[0] = viewModel.login().orElse(null);
            if (chosen[0] == null) {
                e.consume(); // the sentence under the fields says why
            }
        });
        dialog.setResultConverter(button -> button == connect ? chosen[0] : null);
        dialog.setOnShown(e -> address.getEditor().requestFocus());
        return dialog.showAndWait();
    }
}
