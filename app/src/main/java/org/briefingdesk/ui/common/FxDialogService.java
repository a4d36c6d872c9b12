package org.briefingdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The real dialogs: JavaFX alerts owned by the main window, styled by app.css. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final String yes;
    private final String no;

    public FxDialogService(Supplier<Window> owner, String yes, String no) {
        this.owner = owner;
        this.yes = yes;
        this.no = no;
    }

    @Override
    public boolean confirm(String title, String header, String message) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.YES);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.NO);
        Alert alert = build(Alert.AlertType.CONFIRMATION, title, header, message);
        alert.getButtonTypes().setAll(yesButton, noButton);
        return alert.showAndWait().filter(yesButton::equals).isPresent();
    }

    @Override
    public int choose(String title, String header, String message, List<String> answers) {
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            boolean last = i == answers.size() - 1;
            buttons.add(new ButtonType(answers.get(i), last ? ButtonBar.ButtonData.CANCEL_CLOSE
                    : i == 0 ? ButtonBar.ButtonData.YES : ButtonBar.ButtonData.OTHER));
        }
        Alert alert = build(Alert.AlertType.CONFIRMATION, title, header, message);
        alert.getButtonTypes().setAll(buttons);
        int chosen = alert.showAndWait().map(buttons::indexOf).orElse(-1);
        return chosen < 0 ? answers.size() - 1 : chosen;
    }

    @Override
    public void showError(String title, String message) {
        build(Alert.AlertType.ERROR, title, null, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String header, String message) {
        build(Alert.AlertType.INFORMATION, title, header, message).showAndWait();
    }

    @Override
    public java.util.Optional<String> askText(String title, String header, String initialValue) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(initialValue);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
            if (window.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(window.getScene().getStylesheets());
            }
        }
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private Alert build(Alert.AlertType type, String title, String header, String message) {
        Alert alert = new Alert(type);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
            if (window.getScene() != null) {
                alert.getDialogPane().getStylesheets().addAll(window.getScene().getStylesheets());
            }
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setContentText(message);
        return alert;
    }
}
