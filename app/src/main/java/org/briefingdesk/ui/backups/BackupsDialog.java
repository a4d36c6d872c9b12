package org.briefingdesk.ui.backups;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.logic.store.BackupInfo;

/** Soubor › Zálohy: the list of verified backups with date, reason, size and records; back up now; restore. */
public final class BackupsDialog {
    private final Dialog<Void> dialog = new Dialog<>();

    public BackupsDialog(BackupsViewModel viewModel, Window owner) {
        Localization l10n = viewModel.l10n();
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setTitle(l10n.get("ui.backups.title"));
        dialog.setHeaderText(l10n.get("ui.backups.header"));
        TableView<BackupInfo> table = new TableView<>(viewModel.backups());
        table.setId("backupsTable");
        table.getStyleClass().add("record-table");
        table.setPlaceholder(new Label(l10n.get("ui.backups.none")));
        table.getColumns().add(column(l10n.get("ui.backups.column.time"), viewModel::time, 150));
        table.getColumns().add(column(l10n.get("ui.backups.column.reason"), viewModel::reason, 230));
        table.getColumns().add(column(l10n.get("ui.backups.column.size"),
                b -> l10n.get("ui.backups.size", Math.max(1, b.sizeBytes() / 1024)), 90));
        table.getColumns().add(column(l10n.get("ui.backups.column.records"), b -> String.valueOf(b.total()), 90));
        table.setPrefSize(620, 320);
        Button now = new Button(l10n.get("ui.backups.now"));
        now.setOnAction(e -> viewModel.backupNow());
        Button restore = new Button(l10n.get("ui.backups.restore"));
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> viewModel.restore(table.getSelectionModel().getSelectedItem()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("page-busy");
        busy.visibleProperty().bind(viewModel.busyProperty());
        Label message = new Label();
        message.textProperty().bind(viewModel.messageProperty());
        message.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, now, restore, gap, busy);
        VBox content = new VBox(10, table, actions, message);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(l10n.get("ui.backups.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        viewModel.load();
    }

    private static TableColumn<BackupInfo, String> column(String title,
                                                          Function<BackupInfo, String> value,
                                                          double width) {
        TableColumn<BackupInfo, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    public void show() {
        dialog.show();
    }
}
