package org.briefingdesk.ui.exchange;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.briefingdesk.logic.exchange.MergeCategory;
import org.briefingdesk.logic.exchange.MergePlan;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.model.RecordKind;

/**
 * The merge preview and review: counts per kind and category, each conflict field by field side by side (ours or
 * theirs, or both versions kept), each probable duplicate (merged or kept apart); Importovat writes it all as one
 * step, Zrušit stops a reading or writing in progress. Node ids: {@code #importDialog}, {@code #importButton},
 * {@code #conflict-N-theirs-FIELD}, {@code #conflict-N-both}, {@code #duplicate-N-apart}.
 */
public final class ImportDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ImportViewModel viewModel;
    private final Localization l10n;
    private final VBox review = new VBox(12);

    public ImportDialog(ImportViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        this.l10n = viewModel.l10n();
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.setTitle(l10n.get("ui.import.title"));
        dialog.setHeaderText(l10n.get("ui.import.header"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("importDialog");
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        ScrollPane scroll = new ScrollPane(review);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(760, 460);
        dialog.getDialogPane().setContent(new VBox(10, message, progress, scroll));
        ButtonType importType = new ButtonType(l10n.get("ui.import.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(l10n.get("ui.import.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(importType, cancelType);
        Button importButton = (Button) dialog.getDialogPane().lookupButton(importType);
        importButton.setId("importButton");
        importButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.planProperty().isNull()));
        // Importing keeps the dialog open with its progress until the records are written.
        importButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            viewModel.apply(dialog::close);
        });
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancelType);
        cancelButton.setId("importCancel");
        cancelButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (viewModel.busyProperty().get()) {
                e.consume();
                viewModel.cancel();
            }
        });
        viewModel.onPlan(this::show);
    }

    public void show() {
        dialog.show();
    }

    private void show(MergePlan plan) {
        review.getChildren().setAll(summary(plan));
        if (!viewModel.conflicts().isEmpty()) {
            review.getChildren().add(heading(l10n.get("ui.import.conflicts", viewModel.conflicts().size())));
            for (int i = 0; i < viewModel.conflicts().size(); i++) {
                review.getChildren().add(conflict(i, viewModel.conflicts().get(i)));
            }
        }
        if (!viewModel.duplicates().isEmpty()) {
            review.getChildren().add(heading(l10n.get("ui.import.duplicates", viewModel.duplicates().size())));
            for (int i = 0; i < viewModel.duplicates().size(); i++) {
                review.getChildren().add(duplicate(i, viewModel.duplicates().get(i)));
            }
        }
    }

    private Node summary(MergePlan plan) {
        GridPane grid = new GridPane();
        grid.setId("importSummary");
        grid.setHgap(14);
        grid.setVgap(4);
        MergeCategory[] categories = MergeCategory.values();
        for (int c = 0; c < categories.length; c++) {
            grid.add(new Label(l10n.get(categoryKey(categories[c]))), c + 1, 0);
        }
        int row = 1;
        for (RecordKind kind : RecordKind.values()) {
            grid.add(new Label(l10n.of(kind)), 0, row);
            for (int c = 0; c < categories.length; c++) {
                grid.add(new Label(l10n.number(plan.count(kind, categories[c]))), c + 1, row);
            }
            row++;
        }
        return grid;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("detail-heading");
        return label;
    }

    private Node conflict(int index, ImportViewModel.ConflictChoice choice) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.add(new Label(l10n.get("ui.import.field")), 0, 0);
        grid.add(new Label(l10n.get("ui.import.ours")), 1, 0);
        grid.add(new Label(l10n.get("ui.import.theirs")), 2, 0);
        int row = 1;
        for (ImportViewModel.FieldChoice field : choice.fields()) {
            ToggleGroup group = new ToggleGroup();
            RadioButton ours = new RadioButton(field.ours());
            ours.setId("conflict-" + index + "-ours-" + field.field());
            RadioButton theirs = new RadioButton(field.theirs());
            theirs.setId("conflict-" + index + "-theirs-" + field.field());
            for (RadioButton button : new RadioButton[] {ours, theirs}) {
                button.setToggleGroup(group);
                button.setWrapText(true);
                button.setMaxWidth(300);
                button.disableProperty().bind(choice.keepBoth());
            }
            (field.side().get() == ImportViewModel.Side.THEIRS ? theirs : ours).setSelected(true);
            group.selectedToggleProperty().addListener((obs, old, now) ->
                    field.side().set(now == theirs ? ImportViewModel.Side.THEIRS : ImportViewModel.Side.OURS));
            grid.add(new Label(field.label()), 0, row);
            grid.add(ours, 1, row);
            grid.add(theirs, 2, row);
            row++;
        }
        CheckBox both = new CheckBox(l10n.get("ui.import.keepBoth"));
        both.setId("conflict-" + index + "-both");
        both.selectedProperty().bindBidirectional(choice.keepBoth());
        return new VBox(6, new Label(choice.title()), grid, both);
    }

    private Node duplicate(int index, ImportViewModel.DuplicateChoice choice) {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(4, new Label(l10n.get("ui.import.duplicate", choice.theirs(), choice.ours())));
        for (ImportViewModel.DuplicateAnswer answer : ImportViewModel.DuplicateAnswer.values()) {
            RadioButton button = new RadioButton(l10n.get(switch (answer) {
                case MERGE_OURS -> "ui.import.mergeOurs";
                case MERGE_THEIRS -> "ui.import.mergeTheirs";
                case APART -> "ui.import.apart";
            }));
            button.setId("duplicate-" + index + "-" + switch (answer) {
                case MERGE_OURS -> "ours";
                case MERGE_THEIRS -> "theirs";
                case APART -> "apart";
            });
            button.setToggleGroup(group);
            button.setSelected(choice.answer().get() == answer);
            button.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    choice.answer().set(answer);
                }
            });
            box.getChildren().add(button);
        }
        return box;
    }

    static String categoryKey(MergeCategory category) {
        return switch (category) {
            case NEW -> "ui.import.category.new";
            case SAME -> "ui.import.category.same";
            case CHANGED_THERE -> "ui.import.category.changedThere";
            case CHANGED_HERE -> "ui.import.category.changedHere";
            case CHANGED_BOTH -> "ui.import.category.changedBoth";
            case DUPLICATE -> "ui.import.category.duplicate";
        };
    }
}
