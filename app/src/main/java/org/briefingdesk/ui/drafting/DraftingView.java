package org.briefingdesk.ui.drafting;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import org.briefingdesk.logic.drafting.DraftReview;
import org.briefingdesk.logic.drafting.Span;
import org.briefingdesk.logic.i18n.Localization;
import org.briefingdesk.ui.common.DialogService;
import org.briefingdesk.ui.common.Fxml;
import org.briefingdesk.ui.common.Navigator;
import org.briefingdesk.ui.forms.FormContext;
import org.briefingdesk.ui.forms.FormFactory;
import org.briefingdesk.ui.forms.RecordFormView;
import org.briefingdesk.ui.forms.RecordFormViewModel;

/**
 * The drafting page (Drafting.fxml) over the window's content: the text to paste or a file to choose,
 * then the drafts by kind beside the release, the selected draft's evidence highlighted. Edit opens the
 * usual form over the page, prefilled with the draft; its Save only changes the draft.
 */
public final class DraftingView {
    private final DraftingViewModel viewModel;
    private final Localization l10n;
    private final DialogService dialogs;
    private final StackPane host;
    private final Navigator navigator;
    private final Runnable closed;
    private final Parent root;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label summary;
    @FXML
    private Label error;
    @FXML
    private VBox inputPane;
    @FXML
    private TextArea draftingInput;
    @FXML
    private SplitPane reviewPane;
    @FXML
    private ListView<DraftingViewModel.Row> draftList;
    @FXML
    private ScrollPane evidenceScroll;
    @FXML
    private TextFlow releaseText;
    @FXML
    private Button acceptRestButton;
    @FXML
    private Button saveDraftsButton;
    @FXML
    private Button draftButton;
    @FXML
    private Button acceptButton;
    @FXML
    private Button editDraftButton;
    @FXML
    private Button rejectButton;

    /**
     * @param host   where the page and a draft's form are shown (the window's content)
     * @param navigator opens a saved record in its section
     * @param closed called once the page has closed
     */
    public DraftingView(DraftingViewModel viewModel, Localization l10n, DialogService dialogs, StackPane host,
                        Navigator navigator, Runnable closed) {
        this.viewModel = viewModel;
        this.l10n = l10n;
        this.dialogs = dialogs;
        this.host = host;
        this.navigator = navigator;
        this.closed = closed;
        this.root = Fxml.load(this, "Drafting.fxml", l10n.bundle());
        draftingInput.textProperty().bindBidirectional(viewModel.inputProperty());
        busy.visibleProperty().bind(viewModel.busyProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        var reviewing = viewModel.reviewProperty().isNotNull();
        inputPane.visibleProperty().bind(reviewing.not());
        reviewPane.visibleProperty().bind(reviewing);
        for (Button b : List.of(acceptRestButton, saveDraftsButton)) {
            b.disableProperty().bind(reviewing.not().or(viewModel.busyProperty()));
        }
        var noSelection = viewModel.selectedProperty().isNull();
        for (Button b : List.of(acceptButton, editDraftButton, rejectButton)) {
            b.disableProperty().bind(noSelection.or(viewModel.busyProperty()));
        }
        draftButton.disableProperty().bind(viewModel.busyProperty());
        draftList.setItems(viewModel.rows());
        draftList.setCellFactory(list -> new RowCell());
        draftList.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.select(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && draftList.getSelectionModel().getSelectedItem() != row) {
                draftList.getSelectionModel().select(row);
            }
            showEvidence();
        });
        viewModel.reviewProperty().addListener((obs, old, review) -> showEvidence());
    }

    public Parent root() {
        return root;
    }

    public DraftingViewModel viewModel() {
        return viewModel;
    }

    /** The release with the selected draft's evidence set apart, all of it as text (markup stays text). */
    private void showEvidence() {
        String text = viewModel.releaseText();
        List<Span> spans = new ArrayList<>(viewModel.evidence());
        spans.sort(null);
        List<Text> parts = new ArrayList<>();
        int at = 0;
        Text first = null;
        for (Span span : spans) {
            if (span.start() < at || span.end() > text.length()) {
                continue;
            }
            parts.add(new Text(text.substring(at, span.start())));
            Text evidence = new Text(text.substring(span.start(), span.end()));
            evidence.getStyleClass().add("evidence");
            parts.add(evidence);
            first = first == null ? evidence : first;
            at = span.end();
        }
        parts.add(new Text(text.substring(at)));
        parts.forEach(t -> t.getStyleClass().add("release-part"));
        releaseText.getChildren().setAll(parts);
        if (!spans.isEmpty() && !text.isEmpty()) {
            evidenceScroll.setVvalue(Math.max(0, (double) spans.get(0).start() / text.length() - 0.05));
        }
    }

    @FXML
    private void draftInput() {
        viewModel.draftInput();
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(l10n.get("ui.drafting.chooseFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(l10n.get("ui.drafting.fileKinds"),
                "*.txt", "*.html", "*.htm", "*.docx", "*.pdf"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            draft(file.toPath());
        }
    }

    /** Drafts a file (chosen, or dropped on the window). */
    public void draft(Path file) {
        viewModel.draftFile(file);
    }

    @FXML
    private void accept() {
        viewModel.accept();
    }

    @FXML
    private void reject() {
        viewModel.reject();
    }

    @FXML
    private void acceptRemaining() {
        viewModel.acceptRemaining();
    }

    /** The draft's usual form, prefilled; saving it changes the draft, not the database. */
    @FXML
    private void edit() {
        DraftingViewModel.Row row = viewModel.selectedProperty().get();
        if (row == null) {
            return;
        }
        DraftingViewModel.FormData data = viewModel.formData();
        FormContext context = new FormContext(l10n, dialogs, data.choices(), data.people(), data.organisations(),
                (before, after, onSaved, onFailure) -> {
                    viewModel.applyEdit(after);
                    onSaved.accept(after);
                });
        RecordFormViewModel<?> form = FormFactory.viewModel(row.draft().kind(), row.draft().record(), context);
        Parent[] page = new Parent[1];
        RecordFormView formPage = new RecordFormView(form, FormFactory.view(form, context), l10n,
                () -> host.getChildren().remove(page[0]), navigator);
        page[0] = formPage.root();
        host.getChildren().add(page[0]);
        formPage.focusFirstField();
    }

    @FXML
    private void save() {
        viewModel.save((kind, id) -> {
            dispose();
            navigator.open(kind, id);
        });
    }

    /** Closes the page, asking first when accepted drafts would be dropped; false when the user kept it. */
    @FXML
    public boolean close() {
        if (viewModel.busyProperty().get() || !viewModel.confirmClose()) {
            return false;
        }
        dispose();
        return true;
    }

    private void dispose() {
        host.getChildren().remove(root);
        closed.run();
    }

    /** A draft: its kind and what it is, then new or matching, and the decision taken. */
    private final class RowCell extends ListCell<DraftingViewModel.Row> {
        @Override
        protected void updateItem(DraftingViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("draft-accepted", "draft-rejected", "draft-blocked");
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label what = new Label(row.kind() + " · " + row.label());
            what.getStyleClass().add("draft-label");
            String decision = switch (row.decision()) {
                case ACCEPTED -> l10n.get("ui.drafting.accepted");
                case REJECTED -> l10n.get("ui.drafting.rejected");
                case PENDING -> "";
            };
            String state = String.join(" · ", Stream.of(row.status(), decision, row.blocked())
                    .filter(s -> !s.isEmpty()).toList());
            Label status = new Label(state);
            status.getStyleClass().add("draft-status");
            if (row.decision() == DraftReview.Decision.ACCEPTED) {
                getStyleClass().add(row.blocked().isEmpty() ? "draft-accepted" : "draft-blocked");
            } else if (row.decision() == DraftReview.Decision.REJECTED) {
                getStyleClass().add("draft-rejected");
            }
            setText(null);
            setGraphic(new VBox(2, what, status));
        }
    }
}
